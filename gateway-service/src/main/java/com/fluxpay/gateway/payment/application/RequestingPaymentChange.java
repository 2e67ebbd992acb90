package com.fluxpay.gateway.payment.application;

import com.fluxpay.gateway.command.TenantId;
import com.fluxpay.gateway.command.CommandOutcome;
import com.fluxpay.gateway.readmodel.application.Awaiting;
import com.fluxpay.gateway.readmodel.application.Paging;

import com.fluxpay.gateway.payment.application.port.PaymentCommandRequests;
import com.fluxpay.gateway.payment.application.port.PaymentViews;
import com.fluxpay.gateway.idempotency.domain.RequestFingerprint;
import com.fluxpay.gateway.payment.domain.PaymentCommandView;
import com.fluxpay.gateway.payment.domain.PaymentCommandView.Kind;
import com.fluxpay.gateway.payment.domain.PaymentRequest;
import com.fluxpay.gateway.payment.domain.PaymentView;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import com.fluxpay.gateway.readmodel.domain.Cursor;
import com.fluxpay.gateway.readmodel.domain.Page;

/**
 * Captures, cancels and refunds: sent to payment-service, which applies the payment's rules and asks the
 * PSP; the answer (done or rejected with a code) is awaited a bounded time.
 */
public final class RequestingPaymentChange {

    private final PaymentViews payments;
    private final PaymentCommandRequests commands;
    private final Clock clock;
    private final Awaiting awaiting;

    public RequestingPaymentChange(PaymentViews payments, PaymentCommandRequests commands, Clock clock, Awaiting awaiting) {
        this.payments = payments;
        this.commands = commands;
        this.clock = clock;
        this.awaiting = awaiting;
    }

    /** What a change answers with: the payment as it now is (null until known) and the command. */
    public record PaymentChange(PaymentView payment, PaymentCommandView command) {
    }

    /** {@code amount} null means "all that is left" (the whole authorization, or everything refundable). */
    public CommandOutcome<PaymentChange> change(TenantId tenantId, String paymentId, Kind kind, Long amount,
                                                String reason, String idempotencyKey) {
        var violations = PaymentRequest.amountViolations(amount);
        if (!violations.isEmpty()) {
            return CommandOutcome.invalid(violations);
        }
        var payment = payments.find(tenantId, paymentId);
        if (payment.isEmpty()) {
            return CommandOutcome.notFound("Payment", paymentId);
        }
        String prefix = kind.name().toLowerCase(Locale.ROOT).substring(0, 3) + "_";
        String commandId = RequestFingerprint.idFor(prefix, tenantId, idempotencyKey);
        long resolved = amount != null ? amount : switch (kind) {
            case CAPTURE -> payment.get().amount() - payment.get().capturedAmount();
            case REFUND -> payment.get().capturedAmount() - payment.get().refundedAmount();
            case CANCEL -> 0;
        };
        Instant now = clock.instant();
        commands.change(payment.get(), new PaymentCommandView(commandId, paymentId, tenantId.value(), kind, resolved,
                PaymentCommandView.REQUESTED, null, null, now, now), reason);
        return awaiting.until(paymentId,
                        () -> payments.findCommand(tenantId, commandId).filter(PaymentCommandView::isSettled))
                .map(command -> PaymentCommandView.REJECTED.equals(command.status())
                        ? new CommandOutcome.Refused<>(command.failureCode(), command.failureReason(),
                                new PaymentChange(null, command))
                        : new CommandOutcome.Done<>(paymentId,
                                new PaymentChange(payments.find(tenantId, paymentId).orElseThrow(), command), false))
                .orElseGet(() -> new CommandOutcome.Accepted<>(paymentId,
                        new PaymentChange(null, payments.findCommand(tenantId, commandId).orElseThrow())));
    }

    public Optional<PaymentView> find(TenantId tenantId, String paymentId) {
        return payments.find(tenantId, paymentId);
    }

    public Page<PaymentView> list(TenantId tenantId, String cursor, Integer limit) {
        return Paging.page(cursor, limit, (after, rows) -> payments.list(tenantId, after, rows),
                payment -> new Cursor(payment.requestedAt(), payment.id()));
    }
}
