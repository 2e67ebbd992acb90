package com.fluxpay.gateway.application;

import com.fluxpay.gateway.domain.OrderRequest.Violation;
import com.fluxpay.gateway.domain.payment.PaymentCommandView;
import com.fluxpay.gateway.domain.payment.PaymentView;
import java.util.List;

/** How a capture, cancel or refund request ended. */
public sealed interface PaymentChangeOutcome {

    record Invalid(List<Violation> violations) implements PaymentChangeOutcome {
    }

    record PaymentNotFound(String paymentId) implements PaymentChangeOutcome {
    }

    record Done(PaymentView payment, PaymentCommandView command) implements PaymentChangeOutcome {
    }

    record Rejected(PaymentCommandView command) implements PaymentChangeOutcome {
    }

    record Accepted(PaymentCommandView command) implements PaymentChangeOutcome {
    }
}
