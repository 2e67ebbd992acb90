package com.fluxpay.credit.application.port;

import java.util.Optional;

/** What credit-service knows of orders that buy credits and of captured payments, until both are known. */
public interface TopUps {

    /** Records that the order buys credits; returns the top-up as now known. */
    TopUp orderBuys(String tenantId, String orderId, String customerId, String unit, long quantity, long amount,
                    String currency);

    /** Records what a payment of the order has captured so far; returns the top-up as now known. */
    TopUp captured(String tenantId, String orderId, String paymentId, long capturedTotal, String currency);

    /** Both sides, as far as they are known: the order's part is empty until its order.created arrived. */
    record TopUp(String tenantId, String orderId, Optional<Order> order, Optional<Payment> payment) {
    }

    record Order(String customerId, String unit, long quantity, long amount, String currency) {
    }

    record Payment(String paymentId, long captured, String currency) {
    }
}
