package com.fluxpay.contracts.notification;

import java.util.List;

/**
 * A tenant registers a webhook endpoint. The gateway chooses {@code endpointId} (the record key) and the
 * signing secret ({@code whsec_} + base64 of 24 or more random bytes), shows the secret to the merchant once,
 * and sends it only sealed: {@code encryptedSecret} is the platform SecretBox's output,
 * {@code <keyId>:<base64>}, so the key id travels inside it. {@code eventTypes} empty means every public
 * event type. {@code mode} is {@code test} (localhost allowed) or {@code live} (public addresses only).
 */
public record RegisterWebhookEndpoint(String endpointId, String tenantId, String url, List<String> eventTypes,
                                      String description, boolean enabled, String mode, String encryptedSecret) {
}
