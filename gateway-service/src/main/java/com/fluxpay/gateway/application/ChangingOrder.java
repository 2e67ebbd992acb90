package com.fluxpay.gateway.application;

import com.fluxpay.gateway.application.port.OrderCommands;
import com.fluxpay.gateway.application.port.OrderViews;
import com.fluxpay.gateway.domain.OrderCommandView;
import com.fluxpay.gateway.domain.OrderCommandView.Kind;
import com.fluxpay.gateway.domain.idempotency.RequestFingerprint;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Completes or cancels an order: payment-service decides (it owns the order's rules and its payment); the
 * gateway waits a bounded time until the order shows the asked status or the request was refused.
 */
public final class ChangingOrder {

    private final OrderViews views;
    private final OrderCommands commands;
    private final Clock clock;
    private final Awaiting awaiting;

    public ChangingOrder(OrderViews views, OrderCommands commands, Clock clock, Awaiting awaiting) {
        this.views = views;
        this.commands = commands;
        this.clock = clock;
        this.awaiting = awaiting;
    }

    public OrderChangeOutcome change(String tenantId, String orderId, Kind kind, String reason, String idempotencyKey) {
        var order = views.find(tenantId, orderId);
        if (order.isEmpty()) {
            return new OrderChangeOutcome.OrderNotFound(orderId);
        }
        if (order.get().status().equals(kind.targetStatus())) {
            return new OrderChangeOutcome.Done(order.get());
        }
        String prefix = kind == Kind.COMPLETE ? "ocm_" : "ocl_";
        String commandId = idempotencyKey != null ? RequestFingerprint.stableId(prefix, tenantId, idempotencyKey)
                : prefix + UUID.randomUUID().toString().replace("-", "");
        commands.requestChange(new OrderCommandView(commandId, orderId, tenantId, kind, OrderCommandView.REQUESTED,
                null, null, clock.instant()), reason);
        return awaiting.until(orderId, () -> answer(tenantId, orderId, commandId, kind))
                .orElseGet(() -> new OrderChangeOutcome.Accepted(views.find(tenantId, orderId).orElseThrow(),
                        views.findCommand(tenantId, commandId).orElseThrow()));
    }

    private Optional<OrderChangeOutcome> answer(String tenantId, String orderId, String commandId, Kind kind) {
        var order = views.find(tenantId, orderId).orElseThrow();
        if (order.status().equals(kind.targetStatus())) {
            return Optional.of(new OrderChangeOutcome.Done(order));
        }
        return views.findCommand(tenantId, commandId).filter(OrderCommandView::isRejected)
                .map(command -> new OrderChangeOutcome.Rejected(order, command));
    }
}
