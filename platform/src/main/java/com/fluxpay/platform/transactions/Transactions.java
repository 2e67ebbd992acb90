package com.fluxpay.platform.transactions;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction (joining one already open on this thread), so a state change
 * and its outbox events commit together. Plain Java on purpose: use cases depend on it as a port, and
 * HexagonalRules lets them see this package, and nothing else of the platform.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /** {@link #inTransaction} for work that answers nothing. */
    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
