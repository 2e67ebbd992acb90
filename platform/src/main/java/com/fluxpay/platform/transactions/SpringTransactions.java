package com.fluxpay.platform.transactions;

import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link Transactions} as Spring runs them. */
public final class SpringTransactions implements Transactions {

    private final TransactionTemplate template;

    public SpringTransactions(TransactionTemplate template) {
        this.template = template;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}
