package com.fluxpay.payment.adapter.out.events;

import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.error.ErrorCode;
import com.fluxpay.contracts.order.OrderCanceled;
import com.fluxpay.contracts.order.OrderCommandRejected;
import com.fluxpay.contracts.order.OrderCompleted;
import com.fluxpay.contracts.order.OrderCreated;
import com.fluxpay.contracts.order.OrderPaid;
import com.fluxpay.contracts.order.OrderRejected;
import com.fluxpay.payment.application.OrderCommand;
import com.fluxpay.payment.application.port.OrderEvents;
import com.fluxpay.payment.domain.Order;
import com.fluxpay.payment.domain.OrderChange;
import com.fluxpay.payment.domain.OrderOutcome;
import com.fluxpay.payment.domain.Payment;
import com.fluxpay.platform.outbox.Outbox;
import java.time.Instant;

/** Order events as the public contract spells them, written to the outbox, with the order's resulting status and version. */
public class OutboxOrderEvents implements OrderEvents {

    private final Outbox outbox;

    public OutboxOrderEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void opened(Order order) {
        outbox.append(EventTypes.ORDER_CREATED, order.id().value(), order.tenantId(), new OrderCreated(
                order.id().value(), order.tenantId(), order.amount().minorUnits(), order.amount().currencyCode(),
                order.description(), order.metadata(), PublicStatus.of(order.status()).name(), order.createdAt(),
                order.version()));
    }

    @Override
    public void refused(OrderOutcome.Refused refusal, String tenantId, Instant at) {
        outbox.append(EventTypes.ORDER_REJECTED, refusal.orderId().value(), tenantId, new OrderRejected(
                refusal.orderId().value(), tenantId, ErrorCodes.of(refusal.reason()).code(), refusal.reason().name(),
                at));
    }

    @Override
    public void paid(Order order, Payment payment, Instant at) {
        outbox.append(EventTypes.ORDER_PAID, order.id().value(), order.tenantId(), new OrderPaid(order.id().value(),
                order.tenantId(), payment.id().value(), order.amount().minorUnits(), order.amount().currencyCode(), at,
                PublicStatus.of(order.status()), order.version()));
    }

    @Override
    public void paymentFailed(Order order, Payment payment, Instant at) {
        var failure = payment.failure().orElseThrow();
        canceled(order, new OrderCanceled(order.id().value(), order.tenantId(), ErrorCodes.of(failure).code(),
                failure.name(), at, OrderCanceled.Cause.PAYMENT_FAILED, null, PublicStatus.of(order.status()),
                order.version()));
    }

    @Override
    public void canceledBeforePayment(Order order, OrderCommand command, Instant at) {
        canceled(order, new OrderCanceled(order.id().value(), order.tenantId(), null, command.reason(), at,
                OrderCanceled.Cause.CANCELED_BEFORE_PAYMENT, command.commandId(), PublicStatus.of(order.status()),
                order.version()));
    }

    @Override
    public void paymentReturned(Order order, String reason, Instant at) {
        canceled(order, new OrderCanceled(order.id().value(), order.tenantId(), null, reason, at,
                OrderCanceled.Cause.PAYMENT_RETURNED, null, PublicStatus.of(order.status()), order.version()));
    }

    @Override
    public void completed(Order order, OrderCommand command, Instant at) {
        outbox.append(EventTypes.ORDER_COMPLETED, order.id().value(), order.tenantId(),
                new OrderCompleted(order.id().value(), order.tenantId(), command.commandId(), at,
                        PublicStatus.of(order.status()), order.version()));
    }

    @Override
    public void commandRejected(OrderCommand command, OrderChange.Reason reason, Instant at) {
        rejected(command, ErrorCodes.of(reason), reason.name(), at);
    }

    @Override
    public void orderNotFound(OrderCommand command, Instant at) {
        rejected(command, ErrorCode.RES_001, "NOT_FOUND", at);
    }

    private void rejected(OrderCommand command, ErrorCode code, String reason, Instant at) {
        outbox.append(EventTypes.ORDER_COMMAND_REJECTED, command.orderId().value(), command.tenantId(),
                new OrderCommandRejected(command.commandId(), command.orderId().value(), command.tenantId(),
                        code.code(), reason, at));
    }

    private void canceled(Order order, OrderCanceled event) {
        outbox.append(EventTypes.ORDER_CANCELED, order.id().value(), order.tenantId(), event);
    }
}
