package com.fluxpay.credit.domain;

import java.time.Instant;
import java.util.Optional;

/** What of a top-up can be refunded, and when a refund step is refused. */
final class RefundRules {

    private RefundRules() {
    }

    /** Only free credits of a paid grant: consumed ones were used, reserved ones may be, expired ones are breakage. */
    static long refundable(Grant grant, Instant now) {
        return grant.category() == GrantCategory.PAID && grant.refundPending() == 0 ? grant.availableAt(now) : 0;
    }

    static Optional<RefundOutcome> refusalToHold(Grant grant, GrantId grantId, long credits, Instant now) {
        if (grant == null) {
            return refuse(grantId, RefundOutcome.Reason.GRANT_NOT_FOUND, 0, credits);
        }
        if (grant.category() != GrantCategory.PAID) {
            return refuse(grantId, RefundOutcome.Reason.NOT_A_PAID_GRANT, 0, credits);
        }
        if (grant.refundPending() > 0) {
            return refuse(grantId, RefundOutcome.Reason.REFUND_IN_PROGRESS, 0, credits);
        }
        long refundable = refundable(grant, now);
        return credits > refundable
                ? refuse(grantId, RefundOutcome.Reason.EXCEEDS_UNCONSUMED, refundable, credits) : Optional.empty();
    }

    static Optional<RefundOutcome> refusalToResolve(Grant grant, GrantId grantId) {
        if (grant == null) {
            return refuse(grantId, RefundOutcome.Reason.GRANT_NOT_FOUND, 0, 0);
        }
        return grant.refundPending() == 0
                ? refuse(grantId, RefundOutcome.Reason.NO_REFUND_PENDING, 0, 0) : Optional.empty();
    }

    private static Optional<RefundOutcome> refuse(GrantId grantId, RefundOutcome.Reason reason, long refundable,
                                                  long requested) {
        return Optional.of(new RefundOutcome.Refused(grantId, reason, refundable, requested));
    }
}
