package com.fluxpay.gateway.application;

import com.fluxpay.gateway.application.port.OrderCommands;
import com.fluxpay.gateway.application.port.OrderViews;
import com.fluxpay.gateway.domain.OrderView;
import com.fluxpay.gateway.domain.idempotency.RequestFingerprint;
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

    public OrderRequestOutcome request(RequestOrderCommand command) {
        var violations = command.request().violations();
        if (!violations.isEmpty()) {
            return new OrderRequestOutcome.Invalid(violations);
        }
        String orderId = RequestFingerprint.idFor("ord_", command.tenantId(), command.idempotencyKey());
        commands.requestCreation(orderId, command.tenantId(), command.request(), clock.instant());
        return awaiting.until(orderId, () -> views.find(command.tenantId(), orderId).filter(OrderView::isSettled))
                .<OrderRequestOutcome>map(view -> OrderView.REJECTED.equals(view.status())
                        ? new OrderRequestOutcome.Rejected(view) : new OrderRequestOutcome.Created(view))
                .orElseGet(() -> new OrderRequestOutcome.Accepted(orderId));
    }
}
