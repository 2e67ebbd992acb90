package com.fluxpay.credit.application;

import com.fluxpay.credit.application.port.CreditAccounts;
import com.fluxpay.credit.domain.CreditAccountId;
import com.fluxpay.credit.domain.SpendOutcome;
import java.time.Clock;

/** Consumes credits for a usage reported after the fact, without a reservation: all of it or nothing. */
public final class SpendingCredits {

    private final ChangingCreditAccount changing;
    private final Clock clock;

    public SpendingCredits(ChangingCreditAccount changing, Clock clock) {
        this.changing = changing;
        this.clock = clock;
    }

    public SpendOutcome spend(CreditAccountId accountId, long credits, String idempotencyKey) {
        return changing.change(accountId, CreditAccounts.Named.nothing(),
                account -> account.spend(credits, idempotencyKey, clock.instant()));
    }
}
