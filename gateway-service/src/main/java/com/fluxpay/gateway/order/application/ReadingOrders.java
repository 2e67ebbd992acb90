package com.fluxpay.gateway.order.application;

import com.fluxpay.gateway.command.TenantId;
import com.fluxpay.gateway.readmodel.application.Paging;

import com.fluxpay.gateway.order.application.port.OrderViews;
import com.fluxpay.gateway.order.domain.OrderView;
import java.util.Optional;
import com.fluxpay.gateway.readmodel.domain.Cursor;
import com.fluxpay.gateway.readmodel.domain.Page;

/** Answers order queries from the read model; another tenant's order does not exist for the caller. */
public final class ReadingOrders {

    private final OrderViews views;

    public ReadingOrders(OrderViews views) {
        this.views = views;
    }

    public Optional<OrderView> find(TenantId tenantId, String orderId) {
        return views.find(tenantId, orderId);
    }

    public Page<OrderView> list(TenantId tenantId, String cursor, Integer limit) {
        return Paging.page(cursor, limit, (after, rows) -> views.list(tenantId, after, rows),
                order -> new Cursor(order.requestedAt(), order.id()));
    }
}
