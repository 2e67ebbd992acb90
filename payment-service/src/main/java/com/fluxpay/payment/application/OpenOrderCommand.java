package com.fluxpay.payment.application;

import java.util.Map;

/** A tenant asks for an order to be opened. */
public record OpenOrderCommand(String orderId, String tenantId, long amount, String currency, String description,
                               Map<String, String> metadata) {
}
