package com.fluxpay.credit.application;

import com.fluxpay.credit.application.port.CreditAccounts;
import com.fluxpay.credit.application.port.CreditEvents;
import com.fluxpay.credit.application.port.DrawDownOrders;
import com.fluxpay.credit.domain.CreditAccount;
import com.fluxpay.credit.domain.CreditAccountId;
import com.fluxpay.platform.transactions.Transactions;
import java.util.function.Function;

/**
 * The one way the use cases change an account, in one transaction: lock it (or open it), bring its draw-down
 * order up to the tenant's latest version, let the domain decide, store what it booked and publish it.
 * A refusal still stores and publishes: the expiries and time-outs settled before it are real movements.
 */
public final class ChangingCreditAccount {

    private final CreditAccounts accounts;
    private final DrawDownOrders orders;
    private final CreditEvents events;
    private final Transactions transactions;

    public ChangingCreditAccount(CreditAccounts accounts, DrawDownOrders orders, CreditEvents events,
                                 Transactions transactions) {
        this.accounts = accounts;
        this.orders = orders;
        this.events = events;
        this.transactions = transactions;
    }

    public <T> T change(CreditAccountId id, CreditAccounts.Named named, Function<CreditAccount, T> decision) {
        return transactions.inTransaction(() -> {
            var latest = orders.currentFor(id);
            var existing = accounts.lock(id, named);
            var account = existing.orElseGet(() -> CreditAccount.open(id, latest));
            if (latest.version() > account.drawDownOrder().version()) {
                account.useDrawDownOrder(latest);
            }
            T outcome = decision.apply(account);
            var booked = account.newMovements();
            if (existing.isPresent()) {
                accounts.update(account);
            } else if (!booked.isEmpty()) {
                // an account nobody has credited yet is not worth a row: a refused reservation books nothing
                accounts.add(account);
            }
            if (!booked.isEmpty()) {
                events.booked(account, booked);
            }
            return outcome;
        });
    }
}
