package com.fluxpay.payment.adapter.out.events;

import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.order.OrderCancelled;
import com.fluxpay.contracts.order.OrderCreated;
import com.fluxpay.contracts.order.OrderPaid;
import com.fluxpay.contracts.order.OrderRejected;
import com.fluxpay.payment.application.port.OrderEvents;
import com.fluxpay.payment.domain.Order;
import com.fluxpay.payment.domain.OrderOutcome;
import com.fluxpay.payment.domain.Payment;
import com.fluxpay.platform.outbox.Outbox;
import java.time.Instant;

/** Order events as the public contract spells them, written to the outbox. */
public class OutboxOrderEvents implements OrderEvents {

    private final Outbox outbox;

    public OutboxOrderEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void opened(Order order) {
        outbox.append(EventTypes.ORDER_CREATED, order.id().value(), order.tenantId(), new OrderCreated(
                order.id().value(), order.tenantId(), order.amount().minorUnits(), order.amount().currencyCode(),
                order.description(), order.metadata(), order.status().name(), order.createdAt()));
    }

    @Override
    public void refused(OrderOutcome.Refused refusal, String tenantId, Instant at) {
        outbox.append(EventTypes.ORDER_REJECTED, refusal.orderId().value(), tenantId, new OrderRejected(
                refusal.orderId().value(), tenantId, ErrorCodes.of(refusal.reason()), refusal.reason().name(), at));
    }

    @Override
    public void paid(Order order, Payment payment, Instant at) {
        outbox.append(EventTypes.ORDER_PAID, order.id().value(), order.tenantId(), new OrderPaid(order.id().value(),
                order.tenantId(), payment.id().value(), order.amount().minorUnits(), order.amount().currencyCode(), at));
    }

    @Override
    public void cancelled(Order order, Payment payment, Instant at) {
        var failure = payment.failure().orElseThrow();
        outbox.append(EventTypes.ORDER_CANCELLED, order.id().value(), order.tenantId(), new OrderCancelled(
                order.id().value(), order.tenantId(), ErrorCodes.of(failure), failure.name(), at));
    }
}
