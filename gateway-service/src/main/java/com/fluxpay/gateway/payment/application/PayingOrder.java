package com.fluxpay.gateway.payment.application;

import com.fluxpay.gateway.command.TenantId;
import com.fluxpay.contracts.error.ErrorCode;
import java.util.Set;
import com.fluxpay.gateway.command.CommandOutcome;
import com.fluxpay.gateway.readmodel.application.Awaiting;

import com.fluxpay.gateway.order.application.port.OrderViews;
import com.fluxpay.gateway.payment.application.port.PaymentCommandRequests;
import com.fluxpay.gateway.payment.application.port.PaymentViews;
import com.fluxpay.gateway.idempotency.domain.RequestFingerprint;
import com.fluxpay.gateway.payment.domain.PaymentRequest;
import com.fluxpay.gateway.payment.domain.PaymentView;
import java.time.Clock;

/**
 * Asks payment-service to take the money for a pending order and waits a bounded time for the PSP's
 * answer. The amount comes from the order, never from the request: a client cannot pay less than it owes.
 */
public final class PayingOrder {

    /** The failures of a payment that a PSP decided; any other was refused before a PSP was asked. */
    private static final Set<String> DECIDED_BY_A_PSP = Set.of(ErrorCode.PAY_002.code(), ErrorCode.PAY_005.code());

    private final OrderViews orders;
    private final PaymentViews payments;
    private final PaymentCommandRequests commands;
    private final Clock clock;
    private final Awaiting awaiting;

    public PayingOrder(OrderViews orders, PaymentViews payments, PaymentCommandRequests commands, Clock clock, Awaiting awaiting) {
        this.orders = orders;
        this.payments = payments;
        this.commands = commands;
        this.clock = clock;
        this.awaiting = awaiting;
    }

    public CommandOutcome<PaymentView> pay(TenantId tenantId, PaymentRequest request, String idempotencyKey) {
        var violations = request.violations();
        if (!violations.isEmpty()) {
            return CommandOutcome.invalid(violations);
        }
        String paymentId = RequestFingerprint.idFor("pay_", tenantId, idempotencyKey);
        if (payments.find(tenantId, paymentId).isPresent()) {
            // this key's first attempt sent the payment (its row and command commit together) and never answered,
            // say because the gateway died: answer with that payment, never with the refusal it caused (the order
            // it paid is no longer PENDING)
            return awaitAnswer(tenantId, paymentId);
        }
        var order = orders.find(tenantId, request.orderId());
        if (order.isEmpty()) {
            return CommandOutcome.notFound("Order", request.orderId());
        }
        switch (order.get().status()) {
            case "PENDING" -> { }
            case "PAID" -> {
                return CommandOutcome.refused(ErrorCode.PAY_003.code(), "The order is already paid.");
            }
            default -> {
                return CommandOutcome.refused(ErrorCode.PAY_004.code(), "The order is " + order.get().status()
                        + "; only a PENDING order can be paid.");
            }
        }
        commands.confirm(paymentId, order.get(), request, clock.instant());
        return awaitAnswer(tenantId, paymentId);
    }

    private CommandOutcome<PaymentView> awaitAnswer(TenantId tenantId, String paymentId) {
        return awaiting.until(paymentId, () -> payments.find(tenantId, paymentId).filter(PaymentView::isSettled))
                .map(view -> PaymentView.FAILED.equals(view.status()) ? failed(view)
                        : new CommandOutcome.Done<>(paymentId, view, true))
                .orElseGet(() -> new CommandOutcome.Accepted<>(paymentId, null));
    }

    /**
     * A failed payment answers with its own code: declined by its PSP (PAY_002, PAY_005: 402), or refused by
     * payment-service before any PSP was asked, say because another payment of the order won a race the check
     * above cannot see (PAY_003, PAY_004: 409) or no PSP route exists (PAY_007: 422). Never a decline that no
     * PSP made.
     */
    private static CommandOutcome<PaymentView> failed(PaymentView view) {
        String code = view.failureCode() == null ? ErrorCode.PAY_002.code() : view.failureCode();
        String detail = DECIDED_BY_A_PSP.contains(code) ? "The PSP did not approve the payment: "
                : "Payment-service refused the payment: ";
        return new CommandOutcome.Refused<>(code, detail + view.failureReason(), view);
    }
}
