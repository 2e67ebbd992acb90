package com.fluxpay.payment.application;

import com.fluxpay.payment.application.port.OrderEvents;
import com.fluxpay.payment.application.port.Orders;
import com.fluxpay.payment.application.port.PaymentRequests;
import com.fluxpay.payment.application.port.Payments;
import com.fluxpay.payment.domain.OrderChange;
import com.fluxpay.payment.domain.Payment;
import com.fluxpay.payment.domain.PaymentState;
import java.time.Clock;
import java.util.Optional;

/**
 * Completes and cancels orders, inside the caller's (inbox's) transaction. The order row is locked, so a
 * cancellation and a payment starting for the same order take turns. Cancelling a paid order is the saga's
 * compensation: the open authorization is voided and what was captured refunded, as payment commands that
 * pass the payment's own rules; {@link ChangingPayment} cancels the order once its payment keeps nothing.
 */
public final class ChangingOrder {

    private final Orders orders;
    private final Payments payments;
    private final PaymentRequests paymentRequests;
    private final OrderEvents events;
    private final Clock clock;

    public ChangingOrder(Orders orders, Payments payments, PaymentRequests paymentRequests, OrderEvents events,
                         Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.paymentRequests = paymentRequests;
        this.events = events;
        this.clock = clock;
    }

    public void change(OrderCommand command) {
        var order = orders.lock(command.orderId()).filter(o -> o.tenantId().equals(command.tenantId()));
        if (order.isEmpty()) {
            events.orderNotFound(command, clock.instant());
            return;
        }
        var payment = payments.findForOrder(command.orderId());
        boolean unresolved = payment.filter(ChangingOrder::inProgress).isPresent();
        var change = switch (command.kind()) {
            case COMPLETE -> order.get().complete(unresolved);
            case CANCEL -> order.get().cancel(unresolved);
        };
        apply(command, change, payment);
    }

    private void apply(OrderCommand command, OrderChange change, Optional<Payment> payment) {
        var now = clock.instant();
        switch (change) {
            case OrderChange.Changed changed -> {
                orders.update(changed.order());
                switch (command.kind()) {
                    case COMPLETE -> events.completed(changed.order(), command, now);
                    case CANCEL -> events.canceledBeforePayment(changed.order(), command, now);
                }
            }
            case OrderChange.ReturnPaymentFirst ignored -> returnPayment(command, payment.orElseThrow(
                    () -> new IllegalStateException("paid order " + command.orderId() + " has no payment")));
            case OrderChange.AlreadyThere ignored -> {
                // asked again (another key, or after the first answer was lost): it is done, say nothing twice
            }
            case OrderChange.Refused refused -> events.commandRejected(command, refused.reason(), now);
        }
    }

    // void first, then refund: both are keyed by the payment id, so they run in this order, after any
    // command for the payment that was already queued
    private void returnPayment(OrderCommand command, Payment payment) {
        String reason = command.reason() == null ? "order canceled" : "order canceled: " + command.reason();
        if (payment.hasOpenAuthorization()) {
            paymentRequests.cancel(payment, command.commandId() + "-void", reason);
        }
        if (payment.refundable().isPositive()) {
            paymentRequests.refund(payment, command.commandId() + "-refund", payment.refundable(), reason);
        }
    }

    private static boolean inProgress(Payment payment) {
        return payment.state() == PaymentState.PROCESSING || payment.state() == PaymentState.UNKNOWN;
    }
}
