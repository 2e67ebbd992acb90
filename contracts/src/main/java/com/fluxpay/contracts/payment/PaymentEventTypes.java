package com.fluxpay.contracts.payment;

import com.fluxpay.contracts.EventType;
import com.fluxpay.contracts.Topics;
import java.util.List;

/** Payment commands and events. Key: payment id, so one payment's records stay in order. */
public final class PaymentEventTypes {

    public static final EventType<ConfirmPayment> CONFIRM =
            new EventType<>("payment.confirm", 1, Topics.PAYMENT_COMMANDS, ConfirmPayment.class);
    public static final EventType<CapturePayment> CAPTURE =
            new EventType<>("payment.capture", 1, Topics.PAYMENT_COMMANDS, CapturePayment.class);
    public static final EventType<CancelPayment> CANCEL =
            new EventType<>("payment.cancel", 1, Topics.PAYMENT_COMMANDS, CancelPayment.class);
    public static final EventType<RefundPayment> REFUND =
            new EventType<>("payment.refund", 1, Topics.PAYMENT_COMMANDS, RefundPayment.class);

    public static final EventType<PaymentApproved> APPROVED =
            new EventType<>("payment.approved", 1, Topics.PAYMENT_EVENTS, PaymentApproved.class);
    public static final EventType<PaymentFailed> FAILED =
            new EventType<>("payment.failed", 1, Topics.PAYMENT_EVENTS, PaymentFailed.class);
    public static final EventType<PaymentCaptured> CAPTURED =
            new EventType<>("payment.captured", 1, Topics.PAYMENT_EVENTS, PaymentCaptured.class);
    public static final EventType<PaymentCanceled> CANCELED =
            new EventType<>("payment.canceled", 1, Topics.PAYMENT_EVENTS, PaymentCanceled.class);
    public static final EventType<PaymentRefunded> REFUNDED =
            new EventType<>("payment.refunded", 1, Topics.PAYMENT_EVENTS, PaymentRefunded.class);
    public static final EventType<PaymentCommandRejected> COMMAND_REJECTED =
            new EventType<>("payment.command.rejected", 1, Topics.PAYMENT_EVENTS, PaymentCommandRejected.class);

    public static final EventType<StrayChargeDetected> STRAY_CHARGE_DETECTED = new EventType<>(
            "payment.stray_charge.detected", 1, Topics.PAYMENT_EVENTS, StrayChargeDetected.class);
    public static final EventType<StrayChargeReturned> STRAY_CHARGE_RETURNED = new EventType<>(
            "payment.stray_charge.returned", 1, Topics.PAYMENT_EVENTS, StrayChargeReturned.class);

    public static final List<EventType<?>> ALL = List.of(CONFIRM, CAPTURE, CANCEL, REFUND, APPROVED, FAILED, CAPTURED,
            CANCELED, REFUNDED, COMMAND_REJECTED, STRAY_CHARGE_DETECTED, STRAY_CHARGE_RETURNED);

    private PaymentEventTypes() {
    }
}
