package com.fluxpay.credit.application;

import com.fluxpay.credit.application.port.CreditAccounts;
import com.fluxpay.credit.domain.CreditAccountId;
import com.fluxpay.credit.domain.GrantOutcome;
import com.fluxpay.credit.domain.NewGrant;
import java.time.Clock;

/** Adds a top-up (when its payment is captured) or a free grant. */
public final class GrantingCredits {

    private final ChangingCreditAccount changing;
    private final Clock clock;

    public GrantingCredits(ChangingCreditAccount changing, Clock clock) {
        this.changing = changing;
        this.clock = clock;
    }

    public GrantOutcome grant(CreditAccountId accountId, NewGrant grant) {
        return changing.change(accountId, CreditAccounts.Named.grant(grant.id()),
                account -> account.grant(grant, clock.instant()));
    }
}
