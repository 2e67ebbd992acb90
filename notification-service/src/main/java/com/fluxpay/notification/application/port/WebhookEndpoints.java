package com.fluxpay.notification.application.port;

import com.fluxpay.notification.domain.WebhookEndpoint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Merchants' webhook endpoints. Deleted endpoints are kept (their deliveries refer to them) but never found.
 * Every change an endpoint event reports (settings, secret, status) adds one to the endpoint's version, in the
 * statement that writes it: a new endpoint is at 1, and the methods that change one answer the version after.
 */
public interface WebhookEndpoints {

    /** Includes deleted ones: an id is never reused. */
    boolean exists(String id);

    Optional<WebhookEndpoint> find(String id);

    void add(WebhookEndpoint endpoint);

    /** @return the version after the change */
    long save(WebhookEndpoint endpoint);

    /** @return the version after the change */
    long delete(String id, Instant at);

    /** Enabled endpoints of the tenant that subscribe to the type. */
    List<WebhookEndpoint> subscribedTo(String tenantId, String eventType);

    /** An attempt succeeded: the endpoint is no longer failing. */
    void answered(String id);

    /** An attempt failed at {@code at}: starts the failing period if none is running; returns the endpoint after. */
    Optional<WebhookEndpoint> failed(String id, Instant at);

    /** @return the version after the change; empty if it was already disabled (by an update, or another instance) */
    OptionalLong disable(String id, Instant at);
}
