package com.fluxpay.payment.application;

import java.util.Map;

/** A tenant asks to take the money for an order. {@code psp} null: the tenant's routing decides. */
public record ConfirmPaymentCommand(String paymentId, String orderId, String tenantId, long amount, String currency,
                                    String psp, String paymentMethod, boolean manualCapture,
                                    Map<String, String> pspParameters) {
}
