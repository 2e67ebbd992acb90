package com.fluxpay.credit.application;

import com.fluxpay.credit.application.port.CreditAccounts;
import com.fluxpay.credit.domain.CreditAccountId;
import com.fluxpay.credit.domain.GrantId;
import com.fluxpay.credit.domain.RefundOutcome;
import java.time.Clock;

/**
 * Refunds the unconsumed part of a top-up as a saga: hold the credits, ask payment-service to refund the value
 * (the Held outcome says how much), then complete or cancel when its answer arrives. The hold keeps usage from
 * spending credits whose money is on its way back.
 */
public final class RefundingTopUp {

    private final ChangingCreditAccount changing;
    private final Clock clock;

    public RefundingTopUp(ChangingCreditAccount changing, Clock clock) {
        this.changing = changing;
        this.clock = clock;
    }

    public RefundOutcome hold(CreditAccountId accountId, GrantId grantId, long credits, String idempotencyKey) {
        return changing.change(accountId, CreditAccounts.Named.grant(grantId),
                account -> account.holdRefund(grantId, credits, idempotencyKey, clock.instant()));
    }

    public RefundOutcome complete(CreditAccountId accountId, GrantId grantId, String idempotencyKey) {
        return changing.change(accountId, CreditAccounts.Named.grant(grantId),
                account -> account.completeRefund(grantId, idempotencyKey, clock.instant()));
    }

    public RefundOutcome cancel(CreditAccountId accountId, GrantId grantId, String idempotencyKey) {
        return changing.change(accountId, CreditAccounts.Named.grant(grantId),
                account -> account.cancelRefund(grantId, idempotencyKey, clock.instant()));
    }
}
