package com.fluxpay.payment.adapter.out.events;

import com.fluxpay.contracts.error.ErrorCode;
import com.fluxpay.contracts.payment.CaptureMode;
import com.fluxpay.contracts.payment.PaymentApproved;
import com.fluxpay.contracts.payment.PaymentCanceled;
import com.fluxpay.contracts.payment.PaymentCaptured;
import com.fluxpay.contracts.payment.PaymentCommandRejected;
import com.fluxpay.contracts.payment.PaymentEventTypes;
import com.fluxpay.contracts.payment.PaymentFailed;
import com.fluxpay.contracts.payment.PaymentRefunded;
import com.fluxpay.contracts.payment.PaymentStatus;
import com.fluxpay.contracts.payment.StrayChargeDetected;
import com.fluxpay.contracts.payment.StrayChargeReturned;
import com.fluxpay.payment.application.ConfirmPaymentCommand;
import com.fluxpay.payment.application.PaymentCommand;
import com.fluxpay.payment.application.port.PaymentEvents;
import com.fluxpay.payment.domain.Money;
import com.fluxpay.payment.domain.Payment;
import com.fluxpay.payment.domain.PaymentOutcome;
import com.fluxpay.payment.domain.PaymentRefusal;
import com.fluxpay.platform.outbox.Outbox;
import java.time.Instant;

/**
 * Payment events as the public contract spells them, written to the outbox. Key: the payment id. Each states
 * the payment's resulting status and version, as stored in the same transaction.
 */
public class OutboxPaymentEvents implements PaymentEvents {

    private final Outbox outbox;

    public OutboxPaymentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void approved(Payment p, Instant at) {
        outbox.append(PaymentEventTypes.APPROVED, p.id().value(), p.tenantId(), new PaymentApproved(p.id().value(),
                p.orderId().value(), p.tenantId(), p.amount().minorUnits(), p.amount().currencyCode(), p.psp(),
                p.pspReference().orElse(null), CaptureMode.valueOf(p.captureMode().name()),
                p.captured().minorUnits(), at, PublicStatus.of(p.state()), p.version()));
    }

    @Override
    public void failed(Payment p, Instant at) {
        var failure = p.failure().orElseThrow();
        outbox.append(PaymentEventTypes.FAILED, p.id().value(), p.tenantId(), new PaymentFailed(p.id().value(),
                p.orderId().value(), p.tenantId(), p.amount().minorUnits(), p.amount().currencyCode(), p.psp(),
                ErrorCodes.of(failure).code(),
                failure.name() + (p.failureDetail() == null ? "" : ": " + p.failureDetail()), at,
                PublicStatus.of(p.state()), p.version()));
    }

    // nothing was stored under this id: version 0, older than any state a payment of that id could have
    @Override
    public void confirmRefused(ConfirmPaymentCommand c, PaymentRefusal refusal, Instant at) {
        refuseConfirm(c, ErrorCodes.of(refusal), refusal.name(), switch (refusal) {
            case ORDER_ALREADY_PAID -> "the order is already paid by another payment";
            case ORDER_COMPLETED -> "the order is completed and takes no payment";
            case ORDER_CANCELED -> "the order is cancelled and takes no payment";
            case AMOUNT_MISMATCH -> "the payment's amount or currency is not the order's";
            case PAYMENT_IN_PROGRESS -> "another payment of this order is being charged or reconciled";
        }, at);
    }

    @Override
    public void confirmForUnknownOrder(ConfirmPaymentCommand c, Instant at) {
        refuseConfirm(c, ErrorCode.PAY_004, "ORDER_NOT_FOUND", "no such order for this tenant", at);
    }

    @Override
    public void confirmWithNoRoute(ConfirmPaymentCommand c, Instant at) {
        refuseConfirm(c, ErrorCode.PAY_007, "NO_ROUTE_TO_PSP", "no PSP connector can take this payment", at);
    }

    // a payment.failed like a PSP's failure, but its code is never PAY_002/PAY_005 and its reason says no PSP
    // was asked: readers must not show it as a decline (docs/errors.md)
    private void refuseConfirm(ConfirmPaymentCommand c, ErrorCode code, String why, String explanation, Instant at) {
        outbox.append(PaymentEventTypes.FAILED, c.paymentId(), c.tenantId(), new PaymentFailed(c.paymentId(),
                c.orderId(), c.tenantId(), c.amount(), c.currency(), c.psp(), code.code(),
                why + ": " + explanation + "; no PSP was asked", at, PaymentStatus.FAILED, 0));
    }

    @Override
    public void captured(Payment p, String commandId, Money amount, Instant at) {
        outbox.append(PaymentEventTypes.CAPTURED, p.id().value(), p.tenantId(), new PaymentCaptured(p.id().value(),
                commandId, p.orderId().value(), p.tenantId(), amount.minorUnits(), p.captured().minorUnits(),
                amount.currencyCode(), at, PublicStatus.of(p.state()), p.version()));
    }

    @Override
    public void canceled(Payment p, String commandId, Money released, String reason, Instant at) {
        outbox.append(PaymentEventTypes.CANCELED, p.id().value(), p.tenantId(), new PaymentCanceled(p.id().value(),
                commandId, p.orderId().value(), p.tenantId(), released.minorUnits(), released.currencyCode(), reason, at,
                PublicStatus.of(p.state()), p.version()));
    }

    @Override
    public void refunded(Payment p, String refundId, Money amount, Instant at) {
        outbox.append(PaymentEventTypes.REFUNDED, p.id().value(), p.tenantId(), new PaymentRefunded(p.id().value(),
                refundId, p.orderId().value(), p.tenantId(), amount.minorUnits(), p.refunded().minorUnits(),
                amount.currencyCode(), at, PublicStatus.of(p.state()), p.version()));
    }

    @Override
    public void commandRejected(PaymentCommand c, PaymentOutcome.Reason reason, Instant at) {
        reject(c, ErrorCodes.of(reason), reason.name(), at);
    }

    @Override
    public void commandRefusedByPsp(PaymentCommand c, String pspCode, Instant at) {
        reject(c, ErrorCode.PAY_008, "PSP refused: " + pspCode, at);
    }

    @Override
    public void strayChargeDetected(Payment p, String pspReference, Instant at) {
        outbox.append(PaymentEventTypes.STRAY_CHARGE_DETECTED, p.id().value(), p.tenantId(), new StrayChargeDetected(
                p.id().value(), p.orderId().value(), p.tenantId(), p.amount().minorUnits(), p.amount().currencyCode(),
                p.psp(), pspReference, at, PublicStatus.of(p.state()), p.version()));
    }

    @Override
    public void strayChargeReturned(Payment p, String pspReference, Instant at) {
        outbox.append(PaymentEventTypes.STRAY_CHARGE_RETURNED, p.id().value(), p.tenantId(), new StrayChargeReturned(
                p.id().value(), p.orderId().value(), p.tenantId(), p.amount().minorUnits(), p.amount().currencyCode(),
                p.psp(), pspReference, at, PublicStatus.of(p.state()), p.version()));
    }

    @Override
    public void alreadyProcessed(PaymentCommand c, Instant at) {
        reject(c, ErrorCode.PAY_003, "ALREADY_PROCESSED", at);
    }

    private void reject(PaymentCommand c, ErrorCode code, String reason, Instant at) {
        outbox.append(PaymentEventTypes.COMMAND_REJECTED, c.paymentId().value(), c.tenantId(),
                new PaymentCommandRejected(c.paymentId().value(), c.commandId(), c.tenantId(),
                        "payment." + c.kind().name().toLowerCase(java.util.Locale.ROOT), code.code(), reason, at));
    }
}
