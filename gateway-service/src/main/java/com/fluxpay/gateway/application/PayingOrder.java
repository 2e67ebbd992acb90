package com.fluxpay.gateway.application;

import com.fluxpay.gateway.application.port.OrderViews;
import com.fluxpay.gateway.application.port.PaymentCommands;
import com.fluxpay.gateway.application.port.PaymentViews;
import com.fluxpay.gateway.domain.idempotency.RequestFingerprint;
import com.fluxpay.gateway.domain.payment.PaymentRequest;
import com.fluxpay.gateway.domain.payment.PaymentView;
import java.time.Clock;

/**
 * Asks payment-service to take the money for a pending order and waits a bounded time for the PSP's
 * answer. The amount comes from the order, never from the request: a client cannot pay less than it owes.
 */
public final class PayingOrder {

    private final OrderViews orders;
    private final PaymentViews payments;
    private final PaymentCommands commands;
    private final Clock clock;
    private final Awaiting awaiting;

    public PayingOrder(OrderViews orders, PaymentViews payments, PaymentCommands commands, Clock clock, Awaiting awaiting) {
        this.orders = orders;
        this.payments = payments;
        this.commands = commands;
        this.clock = clock;
        this.awaiting = awaiting;
    }

    public PaymentOutcome pay(String tenantId, PaymentRequest request, String idempotencyKey) {
        var violations = request.violations();
        if (!violations.isEmpty()) {
            return new PaymentOutcome.Invalid(violations);
        }
        var order = orders.find(tenantId, request.orderId());
        if (order.isEmpty()) {
            return new PaymentOutcome.OrderNotFound(request.orderId());
        }
        switch (order.get().status()) {
            case "PENDING" -> { }
            case "PAID" -> {
                return new PaymentOutcome.OrderConflict("PAY_003", "The order is already paid.");
            }
            default -> {
                return new PaymentOutcome.OrderConflict("PAY_004", "The order is " + order.get().status()
                        + "; only a PENDING order can be paid.");
            }
        }
        String paymentId = RequestFingerprint.idFor("pay_", tenantId, idempotencyKey);
        commands.confirm(paymentId, order.get(), request, clock.instant());
        return awaiting.until(paymentId, () -> payments.find(tenantId, paymentId).filter(PaymentView::isSettled))
                .<PaymentOutcome>map(view -> PaymentView.FAILED.equals(view.status())
                        ? new PaymentOutcome.Declined(view) : new PaymentOutcome.Approved(view))
                .orElseGet(() -> new PaymentOutcome.Accepted(paymentId));
    }
}
