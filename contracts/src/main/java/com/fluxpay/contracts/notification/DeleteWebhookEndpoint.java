package com.fluxpay.contracts.notification;

/** Removes an endpoint; its deliveries not yet made are canceled. */
public record DeleteWebhookEndpoint(String endpointId, String tenantId) {
}
