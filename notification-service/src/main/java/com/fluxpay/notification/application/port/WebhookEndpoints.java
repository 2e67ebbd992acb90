package com.fluxpay.notification.application.port;

import com.fluxpay.notification.domain.WebhookEndpoint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Merchants' webhook endpoints. Deleted endpoints are kept (their deliveries refer to them) but never found. */
public interface WebhookEndpoints {

    /** Includes deleted ones: an id is never reused. */
    boolean exists(String id);

    Optional<WebhookEndpoint> find(String id);

    void add(WebhookEndpoint endpoint);

    void save(WebhookEndpoint endpoint);

    void delete(String id, Instant at);

    /** Enabled endpoints of the tenant that subscribe to the type. */
    List<WebhookEndpoint> subscribedTo(String tenantId, String eventType);

    /** An attempt succeeded: the endpoint is no longer failing. */
    void answered(String id);

    /** An attempt failed at {@code at}: starts the failing period if none is running; returns the endpoint after. */
    Optional<WebhookEndpoint> failed(String id, Instant at);

    /** @return false if it was already disabled (by an update, or another instance) */
    boolean disable(String id, Instant at);
}
