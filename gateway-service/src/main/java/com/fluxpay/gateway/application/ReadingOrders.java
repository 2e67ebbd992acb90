package com.fluxpay.gateway.application;

import com.fluxpay.gateway.application.port.OrderViews;
import com.fluxpay.gateway.domain.OrderView;
import java.util.Optional;
import com.fluxpay.gateway.domain.paging.Cursor;
import com.fluxpay.gateway.domain.paging.Page;

/** Answers order queries from the read model; another tenant's order does not exist for the caller. */
public final class ReadingOrders {

    private final OrderViews views;

    public ReadingOrders(OrderViews views) {
        this.views = views;
    }

    public Optional<OrderView> find(String tenantId, String orderId) {
        return views.find(tenantId, orderId);
    }

    public Page<OrderView> list(String tenantId, String cursor, Integer limit) {
        return Paging.page(views.list(tenantId, Cursor.decode(cursor), Page.limit(limit) + 1), Page.limit(limit),
                order -> new Cursor(order.requestedAt(), order.id()));
    }
}
