package com.fluxpay.gateway.application;

import com.fluxpay.gateway.application.port.FleetPings;
import com.fluxpay.gateway.application.port.OrderViews;
import com.fluxpay.gateway.domain.OrderView;
import java.time.Instant;

/** Keeps the gateway's read models in step with what the services announce. */
public final class ProjectingEvents {

    private final OrderViews orders;
    private final FleetPings pings;

    public ProjectingEvents(OrderViews orders, FleetPings pings) {
        this.orders = orders;
        this.pings = pings;
    }

    public void orderCreated(OrderView order) {
        orders.markCreated(order);
    }

    public void orderRejected(String orderId, String tenantId, String code, String reason, Instant at) {
        orders.markRejected(orderId, tenantId, code, reason, at);
    }

    public void pingAnswered(String pingId, String service, Instant answeredAt) {
        pings.recordAnswer(pingId, service, answeredAt);
    }
}
