package com.fluxpay.gateway.application;

import com.fluxpay.gateway.application.port.PaymentCommands;
import com.fluxpay.gateway.application.port.PaymentViews;
import com.fluxpay.gateway.domain.idempotency.RequestFingerprint;
import com.fluxpay.gateway.domain.payment.PaymentCommandView;
import com.fluxpay.gateway.domain.payment.PaymentCommandView.Kind;
import com.fluxpay.gateway.domain.payment.PaymentRequest;
import com.fluxpay.gateway.domain.payment.PaymentView;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import com.fluxpay.gateway.domain.paging.Cursor;
import com.fluxpay.gateway.domain.paging.Page;

/**
 * Captures, cancels and refunds: sent to payment-service, which applies the payment's rules and asks the
 * PSP; the answer (done or rejected with a code) is awaited a bounded time.
 */
public final class ChangingPayment {

    private final PaymentViews payments;
    private final PaymentCommands commands;
    private final Clock clock;
    private final Awaiting awaiting;

    public ChangingPayment(PaymentViews payments, PaymentCommands commands, Clock clock, Awaiting awaiting) {
        this.payments = payments;
        this.commands = commands;
        this.clock = clock;
        this.awaiting = awaiting;
    }

    /** {@code amount} null means "all that is left" (the whole authorization, or everything refundable). */
    public PaymentChangeOutcome change(String tenantId, String paymentId, Kind kind, Long amount, String reason,
                                       String idempotencyKey) {
        var violations = PaymentRequest.amountViolations(amount);
        if (!violations.isEmpty()) {
            return new PaymentChangeOutcome.Invalid(violations);
        }
        var payment = payments.find(tenantId, paymentId);
        if (payment.isEmpty()) {
            return new PaymentChangeOutcome.PaymentNotFound(paymentId);
        }
        String prefix = kind.name().toLowerCase(Locale.ROOT).substring(0, 3) + "_";
        String commandId = RequestFingerprint.idFor(prefix, tenantId, idempotencyKey);
        long resolved = amount != null ? amount : switch (kind) {
            case CAPTURE -> payment.get().amount() - payment.get().capturedAmount();
            case REFUND -> payment.get().capturedAmount() - payment.get().refundedAmount();
            case CANCEL -> 0;
        };
        Instant now = clock.instant();
        commands.change(payment.get(), new PaymentCommandView(commandId, paymentId, tenantId, kind, resolved,
                PaymentCommandView.REQUESTED, null, null, now, now), reason);
        return awaiting.until(paymentId,
                        () -> payments.findCommand(tenantId, commandId).filter(PaymentCommandView::isSettled))
                .<PaymentChangeOutcome>map(command -> PaymentCommandView.REJECTED.equals(command.status())
                        ? new PaymentChangeOutcome.Rejected(command)
                        : new PaymentChangeOutcome.Done(payments.find(tenantId, paymentId).orElseThrow(), command))
                .orElseGet(() -> new PaymentChangeOutcome.Accepted(payments.findCommand(tenantId, commandId)
                        .orElseThrow()));
    }

    public Optional<PaymentView> find(String tenantId, String paymentId) {
        return payments.find(tenantId, paymentId);
    }

    public Page<PaymentView> list(String tenantId, String cursor, Integer limit) {
        return Paging.page(payments.list(tenantId, Cursor.decode(cursor), Page.limit(limit) + 1), Page.limit(limit),
                payment -> new Cursor(payment.requestedAt(), payment.id()));
    }
}
