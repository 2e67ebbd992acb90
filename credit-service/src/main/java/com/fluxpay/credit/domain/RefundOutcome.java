package com.fluxpay.credit.domain;

import java.util.List;

/**
 * What a step of refunding a top-up came to. A refund holds the credits first (no usage can spend them while the
 * money is on its way back), then completes or is cancelled, each exactly once.
 */
public sealed interface RefundOutcome permits RefundOutcome.Held, RefundOutcome.Refunded, RefundOutcome.Cancelled,
        RefundOutcome.Refused {

    /** {@code value}: the money to pay back for the held credits. */
    record Held(Grant grant, long credits, Money value, List<Movement> movements) implements RefundOutcome, Booked {
    }

    record Refunded(Grant grant, long credits, Money value, List<Movement> movements) implements RefundOutcome, Booked {
    }

    record Cancelled(Grant grant, long credits, List<Movement> movements) implements RefundOutcome, Booked {
    }

    /** Nothing changed. {@code refundable}: what of the grant could be refunded now. */
    record Refused(GrantId grantId, Reason reason, long refundable, long requested) implements RefundOutcome {
    }

    enum Reason {
        GRANT_NOT_FOUND,
        /** A free grant cost nothing: there is no money to return. */
        NOT_A_PAID_GRANT,
        /** Only credits that are neither consumed, reserved, nor expired can be refunded. */
        EXCEEDS_UNCONSUMED,
        /** One refund of a grant at a time: the pending one completes or is cancelled first. */
        REFUND_IN_PROGRESS,
        NO_REFUND_PENDING
    }
}
