package com.fluxpay.credit.application;

import com.fluxpay.credit.application.port.CreditAccounts;
import com.fluxpay.credit.domain.Settled;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The sweeper: books the expiries and time-outs that fell due, at their own instants. Balances do not wait for
 * it (every change settles first, every read counts what is due); it exists so breakage and released holds are
 * booked, published and seen by the low-balance watch without waiting for the customer's next usage.
 * A bounded batch per run, one transaction per account, so one slow account never holds up the rest.
 */
public final class SettlingDueCredits {

    private static final System.Logger LOG = System.getLogger(SettlingDueCredits.class.getName());

    private final CreditAccounts accounts;
    private final ChangingCreditAccount changing;
    private final Clock clock;

    public SettlingDueCredits(CreditAccounts accounts, ChangingCreditAccount changing, Clock clock) {
        this.accounts = accounts;
        this.changing = changing;
        this.clock = clock;
    }

    public List<Settled> settleDue(int limit) {
        var now = clock.instant();
        var settled = new ArrayList<Settled>();
        for (var id : accounts.dueBy(now, limit)) {
            try {
                settled.add(changing.change(id, CreditAccounts.Named.nothing(), account -> account.settle(now)));
            } catch (RuntimeException e) {
                // one account that cannot be settled must not stop the others behind it; it stays due, and
                // the next run tries it again
                LOG.log(System.Logger.Level.WARNING, "could not settle credit account " + id, e);
            }
        }
        return settled;
    }
}
