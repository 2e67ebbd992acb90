package com.fluxpay.gateway.order.domain;

import java.time.Instant;

/** A complete or cancel request for an order, as the gateway sent it; {@code failureCode} once refused. */
public record OrderCommandView(String id, String orderId, String tenantId, Kind kind, String status,
                               String failureCode, String failureReason, Instant requestedAt) {

    public static final String REQUESTED = "REQUESTED";
    public static final String REJECTED = "REJECTED";

    public enum Kind {
        COMPLETE, CANCEL;

        /** The order status that says this request is done. */
        public String targetStatus() {
            return this == COMPLETE ? OrderView.COMPLETED : OrderView.CANCELED;
        }
    }

    public boolean isRejected() {
        return REJECTED.equals(status);
    }
}
