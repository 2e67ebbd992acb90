package com.fluxpay.contracts.notification;

/**
 * Replaces an endpoint's signing secret. For {@code overlapSeconds} after the rotation every webhook
 * carries two signatures, one with each secret, so the merchant can switch without rejecting anything.
 * {@code encryptedSecret} is sealed like in {@link RegisterWebhookEndpoint}.
 */
public record RotateWebhookSecret(String endpointId, String tenantId, String encryptedSecret, long overlapSeconds) {
}
