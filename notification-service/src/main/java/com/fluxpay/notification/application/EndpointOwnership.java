package com.fluxpay.notification.application;

import com.fluxpay.contracts.error.ErrorCode;
import com.fluxpay.contracts.notification.WebhookEndpointCommandRejected;
import com.fluxpay.notification.application.port.NotificationEvents;
import com.fluxpay.notification.application.port.WebhookEndpoints;
import com.fluxpay.notification.domain.WebhookEndpoint;
import java.time.Clock;
import java.util.Optional;

/**
 * The check every endpoint command starts with, and the way every refusal is told: as an event, since the
 * gateway answered its caller long ago and learns the outcome from its read model.
 */
public final class EndpointOwnership {

    private final WebhookEndpoints endpoints;
    private final NotificationEvents events;
    private final Clock clock;

    public EndpointOwnership(WebhookEndpoints endpoints, NotificationEvents events, Clock clock) {
        this.endpoints = endpoints;
        this.events = events;
        this.clock = clock;
    }

    /** The endpoint if it exists and belongs to the tenant; refused otherwise (another tenant's looks unknown). */
    public Optional<WebhookEndpoint> owned(String endpointId, String tenantId, String command) {
        Optional<WebhookEndpoint> endpoint = endpoints.find(endpointId)
                .filter(found -> found.tenantId().equals(tenantId));
        if (endpoint.isEmpty()) {
            reject(endpointId, tenantId, command, ErrorCode.NTF_002, "unknown endpoint");
        }
        return endpoint;
    }

    public void reject(String endpointId, String tenantId, String command, ErrorCode code, String reason) {
        events.rejected(new WebhookEndpointCommandRejected(endpointId, tenantId, command, code.code(), reason,
                clock.instant()));
    }
}
