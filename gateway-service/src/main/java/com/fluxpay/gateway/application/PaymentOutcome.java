package com.fluxpay.gateway.application;

import com.fluxpay.gateway.domain.OrderRequest.Violation;
import com.fluxpay.gateway.domain.payment.PaymentView;
import java.util.List;

/** How a request to pay an order ended, as far as the caller is concerned. */
public sealed interface PaymentOutcome {

    record Invalid(List<Violation> violations) implements PaymentOutcome {
    }

    record OrderNotFound(String orderId) implements PaymentOutcome {
    }

    /** The order cannot be paid now: PAY_003 already paid, PAY_004 any other state. */
    record OrderConflict(String code, String reason) implements PaymentOutcome {
    }

    record Approved(PaymentView payment) implements PaymentOutcome {
    }

    record Declined(PaymentView payment) implements PaymentOutcome {
    }

    /** Sent; no answer yet within the wait (or the PSP's outcome is being reconciled). */
    record Accepted(String paymentId) implements PaymentOutcome {
    }
}
