package com.fluxpay.gateway.webhookendpoint.domain;

import java.time.Instant;
import java.util.List;

/** A webhook endpoint as the tenant reads it. */
public record EndpointView(String id, String tenantId, String url, List<String> eventTypes, String description,
                           boolean enabled, String mode, String status, String rejectionCode, String rejectionReason,
                           Instant rejectedAt, Instant requestedAt, Instant updatedAt) {

    public static final String REQUESTED = "REQUESTED";
    public static final String REJECTED = "REJECTED";

    /** Did notification-service answer a request made at {@code requestedAt}, either way? */
    public boolean answeredSince(Instant requestedAt) {
        return !REQUESTED.equals(status) && (!updatedAt.isBefore(requestedAt)
                || rejectedAt != null && !rejectedAt.isBefore(requestedAt));
    }

    public boolean rejectedSince(Instant requestedAt) {
        return rejectedAt != null && !rejectedAt.isBefore(requestedAt);
    }
}
