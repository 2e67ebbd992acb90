package com.fluxpay.contracts.notification;

import java.time.Instant;

/**
 * An endpoint failed every attempt since {@code failingSince}, longer than the configured period, and was
 * disabled: nothing is sent to it until it is enabled again (an update with {@code enabled: true}).
 * {@code status} (DISABLED) and {@code version} are the endpoint's after the change.
 */
public record WebhookEndpointDisabled(String endpointId, String tenantId, String reason, Instant failingSince,
                                      Instant disabledAt, WebhookEndpointStatus status, long version) {

    /** The shape before status and version were stated (readers' fixtures); notification-service states both. */
    public WebhookEndpointDisabled(String endpointId, String tenantId, String reason, Instant failingSince,
                                   Instant disabledAt) {
        this(endpointId, tenantId, reason, failingSince, disabledAt, null, 0);
    }
}
