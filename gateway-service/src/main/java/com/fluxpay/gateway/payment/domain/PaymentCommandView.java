package com.fluxpay.gateway.payment.domain;

import java.time.Instant;

/** A capture, cancel or refund the client asked for, and how it ended. */
public record PaymentCommandView(String id, String paymentId, String tenantId, Kind kind, Long amount, String status,
                                 String failureCode, String failureReason, Instant requestedAt, Instant updatedAt) {

    public static final String REQUESTED = "REQUESTED";
    public static final String DONE = "DONE";
    public static final String REJECTED = "REJECTED";

    public enum Kind { CAPTURE, CANCEL, REFUND }

    public boolean isSettled() {
        return !REQUESTED.equals(status);
    }
}
