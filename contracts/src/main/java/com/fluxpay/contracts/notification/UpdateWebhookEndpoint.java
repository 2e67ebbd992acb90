package com.fluxpay.contracts.notification;

import java.util.List;

/**
 * Changes an endpoint's settings. A null field keeps its value, so the gateway can pass a PATCH through;
 * {@code eventTypes} empty (not null) subscribes to every public type. Re-enabling an endpoint that was
 * disabled for failing clears its failure record and resumes its pending deliveries.
 */
public record UpdateWebhookEndpoint(String endpointId, String tenantId, String url, List<String> eventTypes,
                                    String description, Boolean enabled, String mode) {
}
