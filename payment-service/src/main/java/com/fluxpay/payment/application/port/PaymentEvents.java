package com.fluxpay.payment.application.port;

import com.fluxpay.payment.application.ConfirmPaymentCommand;
import com.fluxpay.payment.application.PaymentCommand;
import com.fluxpay.payment.domain.Money;
import com.fluxpay.payment.domain.Payment;
import com.fluxpay.payment.domain.PaymentOutcome;
import com.fluxpay.payment.domain.PaymentRefusal;
import java.time.Instant;

/** Tells the fleet what happened to payments (through the outbox, in the caller's transaction). */
public interface PaymentEvents {

    void approved(Payment payment, Instant at);

    void failed(Payment payment, Instant at);

    /**
     * A confirm the order refused. Like the two below, it is refused before any payment existed: nothing stored,
     * no PSP asked, so never told as a decline.
     */
    void confirmRefused(ConfirmPaymentCommand command, PaymentRefusal refusal, Instant at);

    /** A confirm for an order this tenant does not have (another tenant's order is answered the same way). */
    void confirmForUnknownOrder(ConfirmPaymentCommand command, Instant at);

    /** A confirm no connector can take: the named PSP, or the tenant's route, has none. */
    void confirmWithNoRoute(ConfirmPaymentCommand command, Instant at);

    /** {@code commandId}: the capture's, so whoever asked can match the answer. */
    void captured(Payment payment, String commandId, Money amount, Instant at);

    /** An authorization (or what was left of it) released: by a cancel, or by a capture that closed it. */
    void canceled(Payment payment, String commandId, Money released, String reason, Instant at);

    void refunded(Payment payment, String refundId, Money amount, Instant at);

    void commandRejected(PaymentCommand command, PaymentOutcome.Reason reason, Instant at);

    /** The same command id again: answered PAY_003, never sent to the PSP twice. */
    void alreadyProcessed(PaymentCommand command, Instant at);

    /** The PSP approved a charge for this payment after it had failed here: the money will be given back. */
    void strayChargeDetected(Payment payment, String pspReference, Instant at);

    void strayChargeReturned(Payment payment, String pspReference, Instant at);

    /** The PSP refused a capture, cancel or refund the payment's rules allowed. */
    void commandRefusedByPsp(PaymentCommand command, String pspCode, Instant at);
}
