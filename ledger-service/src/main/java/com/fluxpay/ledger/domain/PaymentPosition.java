package com.fluxpay.ledger.domain;

import java.util.Currency;
import java.util.Objects;

/**
 * What the ledger has booked for one payment: whether it saw the approval, the hold (authorized, of which
 * posted so far), what was captured and what refunded. The posting rules read it to refuse what the
 * payment cannot do (a capture beyond the hold, a refund beyond the captured amount); each accepted event
 * yields the next position.
 */
public record PaymentPosition(String paymentId, String tenantId, Currency currency, boolean approved,
                              HoldStatus holdStatus, long holdAmount, long holdPosted, long captured,
                              long refunded) {

    public PaymentPosition {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(holdStatus, "holdStatus");
        if (holdPosted < 0 || holdPosted > holdAmount || refunded < 0 || refunded > captured) {
            throw new IllegalStateException("impossible position of payment " + paymentId + ": hold " + holdPosted
                    + "/" + holdAmount + ", refunded " + refunded + " of " + captured);
        }
    }

    /** A payment the ledger has booked nothing for. */
    public static PaymentPosition unseen(String paymentId) {
        return new PaymentPosition(paymentId, null, null, false, HoldStatus.NONE, 0, 0, 0, 0);
    }

    public long holdRemaining() {
        return holdStatus == HoldStatus.PENDING ? holdAmount - holdPosted : 0;
    }

    public long refundable() {
        return captured - refunded;
    }

    PaymentPosition capturedAtOnce(String tenant, Currency in, long amount) {
        return new PaymentPosition(paymentId, tenant, in, true, HoldStatus.NONE, 0, 0, amount, 0);
    }

    PaymentPosition held(String tenant, Currency in, long amount) {
        return new PaymentPosition(paymentId, tenant, in, true, HoldStatus.PENDING, amount, 0, 0, 0);
    }

    PaymentPosition holdPosted(long amount) {
        long posted = holdPosted + amount;
        return new PaymentPosition(paymentId, tenantId, currency, approved,
                posted == holdAmount ? HoldStatus.POSTED : HoldStatus.PENDING, holdAmount, posted, captured + amount,
                refunded);
    }

    PaymentPosition holdVoided() {
        return new PaymentPosition(paymentId, tenantId, currency, approved, HoldStatus.VOIDED, holdAmount, holdPosted,
                captured, refunded);
    }

    PaymentPosition refundedMore(long amount) {
        return new PaymentPosition(paymentId, tenantId, currency, approved, holdStatus, holdAmount, holdPosted,
                captured, refunded + amount);
    }
}
