package com.fluxpay.client;

import java.time.Instant;

/** A payment as the API shows it; amounts are minor units of {@code currency}. A 202 carries only id and status. */
public record Payment(String id, String orderId, Status status, long amount, String currency, String psp,
                      String captureMode, long capturedAmount, long refundedAmount, Order.Failure failure,
                      Instant createdAt, Instant updatedAt) {

    public enum Status {
        REQUESTED, PROCESSING, UNKNOWN, AUTHORIZED, PARTIALLY_CAPTURED, CAPTURED, PARTIALLY_REFUNDED, REFUNDED,
        CANCELED, FAILED
    }
}
