package com.fluxpay.payment.adapter.out.persistence;

import com.fluxpay.payment.application.port.Transactions;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionTemplate;

/** The use cases' transactions, as Spring runs them (joins one already open on this thread). */
public class TransactionTemplateTransactions implements Transactions {

    private final TransactionTemplate template;

    public TransactionTemplateTransactions(TransactionTemplate template) {
        this.template = template;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}
