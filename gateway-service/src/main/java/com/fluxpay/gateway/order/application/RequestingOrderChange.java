package com.fluxpay.gateway.order.application;

import com.fluxpay.gateway.command.TenantId;
import java.util.Locale;
import com.fluxpay.gateway.command.CommandOutcome;
import com.fluxpay.gateway.readmodel.application.Awaiting;

import com.fluxpay.gateway.order.application.port.OrderCommands;
import com.fluxpay.gateway.order.application.port.OrderViews;
import com.fluxpay.gateway.order.domain.OrderCommandView;
import com.fluxpay.gateway.order.domain.OrderCommandView.Kind;
import com.fluxpay.gateway.order.domain.OrderView;
import com.fluxpay.gateway.idempotency.domain.RequestFingerprint;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Completes or cancels an order: payment-service decides (it owns the order's rules and its payment); the
 * gateway waits a bounded time until the order shows the asked status or the request was refused.
 */
public final class RequestingOrderChange {

    private final OrderViews views;
    private final OrderCommands commands;
    private final Clock clock;
    private final Awaiting awaiting;

    public RequestingOrderChange(OrderViews views, OrderCommands commands, Clock clock, Awaiting awaiting) {
        this.views = views;
        this.commands = commands;
        this.clock = clock;
        this.awaiting = awaiting;
    }

    /** What a change answers with: the order, and the command while it is not settled. */
    public record OrderChange(OrderView order, OrderCommandView command) {
    }

    public CommandOutcome<OrderChange> change(TenantId tenantId, String orderId, Kind kind, String reason,
                                              String idempotencyKey) {
        var order = views.find(tenantId, orderId);
        if (order.isEmpty()) {
            return CommandOutcome.notFound("Order", orderId);
        }
        if (order.get().status().equals(kind.targetStatus())) {
            return done(order.get());
        }
        String prefix = kind == Kind.COMPLETE ? "ocm_" : "ocl_";
        String commandId = RequestFingerprint.idFor(prefix, tenantId, idempotencyKey);
        var command = new OrderCommandView(commandId, orderId, tenantId.value(), kind, OrderCommandView.REQUESTED, null, null,
                clock.instant());
        commands.requestChange(command, reason);
        // not answered in time: the order as it was last seen, the command as sent (a refusal would have answered)
        var lastSeen = new AtomicReference<>(order.get());
        return awaiting.until(orderId, () -> answer(command, lastSeen))
                .orElseGet(() -> new CommandOutcome.Accepted<>(orderId, new OrderChange(lastSeen.get(), command)));
    }

    private Optional<CommandOutcome<OrderChange>> answer(OrderCommandView command, AtomicReference<OrderView> lastSeen) {
        var order = views.find(TenantId.of(command.tenantId()), command.orderId()).orElseThrow();
        lastSeen.set(order);
        if (order.status().equals(command.kind().targetStatus())) {
            return Optional.of(done(order));
        }
        return views.findCommand(TenantId.of(command.tenantId()), command.id()).filter(OrderCommandView::isRejected)
                .map(rejected -> new CommandOutcome.Refused<>(rejected.failureCode(), "Payment-service refused to "
                        + rejected.kind().name().toLowerCase(Locale.ROOT) + " the order: " + rejected.failureReason(),
                        new OrderChange(order, rejected)));
    }

    private static CommandOutcome<OrderChange> done(OrderView order) {
        return new CommandOutcome.Done<>(order.id(), new OrderChange(order, null), false);
    }
}
