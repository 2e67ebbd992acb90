package com.fluxpay.gateway.payment.application;

import com.fluxpay.gateway.command.CommandOutcome;
import com.fluxpay.gateway.readmodel.application.Awaiting;

import com.fluxpay.gateway.order.application.port.OrderViews;
import com.fluxpay.gateway.payment.application.port.PaymentCommands;
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

    private static final String DECLINED = "PAY_002";
    private static final String ALREADY_PAID = "PAY_003";
    private static final String NOT_PAYABLE = "PAY_004";

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

    public CommandOutcome<PaymentView> pay(String tenantId, PaymentRequest request, String idempotencyKey) {
        var violations = request.violations();
        if (!violations.isEmpty()) {
            return CommandOutcome.invalid(violations);
        }
        var order = orders.find(tenantId, request.orderId());
        if (order.isEmpty()) {
            return CommandOutcome.notFound("Order", request.orderId());
        }
        switch (order.get().status()) {
            case "PENDING" -> { }
            case "PAID" -> {
                return CommandOutcome.refused(ALREADY_PAID, "The order is already paid.");
            }
            default -> {
                return CommandOutcome.refused(NOT_PAYABLE, "The order is " + order.get().status()
                        + "; only a PENDING order can be paid.");
            }
        }
        String paymentId = RequestFingerprint.idFor("pay_", tenantId, idempotencyKey);
        commands.confirm(paymentId, order.get(), request, clock.instant());
        return awaiting.until(paymentId, () -> payments.find(tenantId, paymentId).filter(PaymentView::isSettled))
                .map(view -> PaymentView.FAILED.equals(view.status()) ? failed(view)
                        : new CommandOutcome.Done<>(paymentId, view, true))
                .orElseGet(() -> new CommandOutcome.Accepted<>(paymentId, null));
    }

    /**
     * A failed payment was declined by its PSP, unless payment-service refused it before asking one: the order
     * was paid or being paid by another payment meanwhile (a race the check above cannot see). That is a
     * conflict, never a decline.
     */
    private static CommandOutcome<PaymentView> failed(PaymentView view) {
        if (ALREADY_PAID.equals(view.failureCode()) || NOT_PAYABLE.equals(view.failureCode())) {
            return new CommandOutcome.Refused<>(view.failureCode(),
                    "Payment-service refused the payment before any PSP was asked: " + view.failureReason(), view);
        }
        return new CommandOutcome.Refused<>(DECLINED, "The PSP did not approve the payment: " + view.failureReason(),
                view);
    }
}
