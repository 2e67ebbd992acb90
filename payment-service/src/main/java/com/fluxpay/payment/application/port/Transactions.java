package com.fluxpay.payment.application.port;

import java.util.function.Supplier;

/** Runs work in one database transaction: a state change and its outbox events commit together. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
