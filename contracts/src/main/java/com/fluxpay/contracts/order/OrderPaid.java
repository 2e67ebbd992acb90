package com.fluxpay.contracts.order;

import java.time.Instant;

/** The order's payment was approved: the customer has paid. */
public record OrderPaid(String orderId, String tenantId, String paymentId, long amount, String currency,
                        Instant paidAt) {
}
