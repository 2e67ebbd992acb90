package com.fluxpay.ledger.application;

import com.fluxpay.ledger.application.port.PaymentClaims;
import com.fluxpay.ledger.domain.audit.PaymentClaim;
import java.time.Clock;
import java.util.Currency;

/**
 * Records what a payment event claims. Fed by its own consumer group, apart from the posting: a fault on
 * the posting path (a lost event, a rejection, a bug) cannot also erase the claim that exposes it. The
 * claim is stamped with the time the auditor heard of it, which starts its grace period.
 */
public final class RecordingPaymentClaim {

    private final PaymentClaims claims;
    private final Clock clock;

    public RecordingPaymentClaim(PaymentClaims claims, Clock clock) {
        this.claims = claims;
        this.clock = clock;
    }

    public void record(ClaimCommand command) {
        claims.record(new PaymentClaim(command.sourceEventId(), command.eventType(), command.paymentId(),
                command.tenantId(), command.kind(), command.amount(), Currency.getInstance(command.currency()),
                clock.instant(), command.orderId()));
    }
}
