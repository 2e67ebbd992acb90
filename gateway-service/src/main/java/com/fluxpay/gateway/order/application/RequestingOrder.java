package com.fluxpay.gateway.order.application;

import com.fluxpay.gateway.command.CommandOutcome;
import com.fluxpay.gateway.readmodel.application.Awaiting;

import com.fluxpay.gateway.order.application.port.OrderCommands;
import com.fluxpay.gateway.order.application.port.OrderViews;
import com.fluxpay.gateway.order.domain.OrderView;
import com.fluxpay.gateway.idempotency.domain.RequestFingerprint;
import java.time.Clock;

/**
 * Sends an order request on to payment-service and waits a bounded time for its answer, so most callers
 * get the order back in one round trip while a slow fleet never holds a connection for long.
 */
public final class RequestingOrder {

    private final OrderCommands commands;
    private final OrderViews views;
    private final Clock clock;
    private final Awaiting awaiting;

    public RequestingOrder(OrderCommands commands, OrderViews views, Clock clock, Awaiting awaiting) {
        this.commands = commands;
        this.views = views;
        this.clock = clock;
        this.awaiting = awaiting;
    }

    public CommandOutcome<OrderView> request(RequestOrderCommand command) {
        var violations = command.request().violations();
        if (!violations.isEmpty()) {
            return CommandOutcome.invalid(violations);
        }
        String orderId = RequestFingerprint.idFor("ord_", command.tenantId(), command.idempotencyKey());
        commands.requestCreation(orderId, command.tenantId(), command.request(), clock.instant());
        return awaiting.until(orderId, () -> views.find(command.tenantId(), orderId).filter(OrderView::isSettled))
                .map(view -> OrderView.REJECTED.equals(view.status())
                        ? new CommandOutcome.Refused<>(view.failureCode(),
                                "Payment-service refused the order: " + view.failureReason(), view)
                        : new CommandOutcome.Done<>(orderId, view, true))
                .orElseGet(() -> new CommandOutcome.Accepted<>(orderId, null));
    }
}
