package com.fluxpay.gatewayfixture.broken.http;

import com.fluxpay.gatewayfixture.broken.order.domain.OrderView;

/** Breaks "http depends on no capability but the tenant's caller". */
public final class OrderPages {
    private OrderPages() {
    }

    public static String of(OrderView order) {
        return order.id();
    }
}
