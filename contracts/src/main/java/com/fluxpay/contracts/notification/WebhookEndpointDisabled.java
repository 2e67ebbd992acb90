package com.fluxpay.contracts.notification;

import java.time.Instant;

/**
 * An endpoint failed every attempt since {@code failingSince}, longer than the configured period, and was
 * disabled: nothing is sent to it until it is enabled again (an update with {@code enabled: true}).
 */
public record WebhookEndpointDisabled(String endpointId, String tenantId, String reason, Instant failingSince,
                                      Instant disabledAt) {
}
