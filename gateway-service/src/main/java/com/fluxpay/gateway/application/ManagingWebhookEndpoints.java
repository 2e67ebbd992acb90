package com.fluxpay.gateway.application;

import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.gateway.application.port.SecretSealer;
import com.fluxpay.gateway.application.port.WebhookEndpoints;
import com.fluxpay.gateway.domain.idempotency.RequestFingerprint;
import com.fluxpay.gateway.domain.paging.Cursor;
import com.fluxpay.gateway.domain.paging.Page;
import com.fluxpay.gateway.domain.webhook.EndpointRequest;
import com.fluxpay.gateway.domain.webhook.EndpointView;
import com.fluxpay.gateway.domain.webhook.WebhookSecret;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A tenant's webhook endpoints. The gateway makes each signing secret, returns it to the merchant once and
 * sends it on only sealed; notification-service owns the endpoints and answers with events.
 */
public final class ManagingWebhookEndpoints {

    /** What merchants can subscribe to: every event on the order and payment topics. */
    static final Set<String> PUBLIC_EVENT_TYPES = EventTypes.ALL.stream()
            .filter(type -> type.topic().equals(Topics.ORDER_EVENTS) || type.topic().equals(Topics.PAYMENT_EVENTS))
            .map(type -> type.name()).collect(Collectors.toUnmodifiableSet());

    private final WebhookEndpoints endpoints;
    private final SecretSealer sealer;
    private final Clock clock;
    private final Awaiting awaiting;

    public ManagingWebhookEndpoints(WebhookEndpoints endpoints, SecretSealer sealer, Clock clock, Awaiting awaiting) {
        this.endpoints = endpoints;
        this.sealer = sealer;
        this.clock = clock;
        this.awaiting = awaiting;
    }

    /** {@code mode} follows the caller's key: test endpoints may be local, live ones must be public. */
    public EndpointOutcome register(String tenantId, String mode, EndpointRequest request, String idempotencyKey) {
        var violations = request.violations(PUBLIC_EVENT_TYPES, true);
        if (!violations.isEmpty()) {
            return new EndpointOutcome.Invalid(violations);
        }
        String endpointId = RequestFingerprint.idFor("we_", tenantId, idempotencyKey);
        var secret = WebhookSecret.generate();
        Instant now = clock.instant();
        endpoints.register(endpointId, tenantId, mode, request, sealer.seal(secret.value()), now);
        return awaitAnswer(tenantId, endpointId, now, secret.value());
    }

    public EndpointOutcome update(String tenantId, String endpointId, EndpointRequest changes) {
        var violations = changes.violations(PUBLIC_EVENT_TYPES, false);
        if (!violations.isEmpty()) {
            return new EndpointOutcome.Invalid(violations);
        }
        return onExisting(tenantId, endpointId, null, endpoint -> endpoints.update(endpoint, changes));
    }

    /** A new secret; the old one keeps signing alongside it for {@code overlapSeconds}. */
    public EndpointOutcome rotateSecret(String tenantId, String endpointId, long overlapSeconds) {
        var secret = WebhookSecret.generate();
        return onExisting(tenantId, endpointId, secret.value(),
                endpoint -> endpoints.rotateSecret(endpoint, sealer.seal(secret.value()), Math.max(0, overlapSeconds)));
    }

    public EndpointOutcome delete(String tenantId, String endpointId) {
        return onExisting(tenantId, endpointId, null, endpoints::delete);
    }

    /** Resends every message to this endpoint that ran out of retries, for events since {@code since}. */
    public EndpointOutcome replayFailed(String tenantId, String endpointId, Instant since) {
        return find(tenantId, endpointId).<EndpointOutcome>map(endpoint -> {
            endpoints.replayFailed(endpoint, since);
            return new EndpointOutcome.Accepted(endpointId, null);
        }).orElseGet(() -> new EndpointOutcome.NotFound(endpointId));
    }

    /** Resends one message (its webhook-id) to this endpoint, with the same id and a fresh schedule. */
    public EndpointOutcome replayMessage(String tenantId, String endpointId, String messageId) {
        UUID id;
        try {
            id = UUID.fromString(messageId);
        } catch (IllegalArgumentException e) {
            return new EndpointOutcome.Invalid(java.util.List.of(new com.fluxpay.gateway.domain.OrderRequest.Violation(
                    "messageId", "is a webhook-id (a UUID)")));
        }
        return find(tenantId, endpointId).<EndpointOutcome>map(endpoint -> {
            endpoints.replayMessage(endpoint, id);
            return new EndpointOutcome.Accepted(endpointId, null);
        }).orElseGet(() -> new EndpointOutcome.NotFound(endpointId));
    }

    public Optional<EndpointView> find(String tenantId, String endpointId) {
        return endpoints.find(tenantId, endpointId);
    }

    public Page<EndpointView> list(String tenantId, String cursor, Integer limit) {
        return Paging.page(endpoints.list(tenantId, Cursor.decode(cursor), Page.limit(limit) + 1), Page.limit(limit),
                endpoint -> new Cursor(endpoint.requestedAt(), endpoint.id()));
    }

    private EndpointOutcome onExisting(String tenantId, String endpointId, String secret, Consumer<EndpointView> send) {
        var endpoint = find(tenantId, endpointId);
        if (endpoint.isEmpty()) {
            return new EndpointOutcome.NotFound(endpointId);
        }
        Instant now = clock.instant();
        send.accept(endpoint.get());
        return awaitAnswer(tenantId, endpointId, now, secret);
    }

    private EndpointOutcome awaitAnswer(String tenantId, String endpointId, Instant requestedAt, String secret) {
        return awaiting.until(endpointId,
                        () -> endpoints.find(tenantId, endpointId).filter(e -> e.answeredSince(requestedAt)))
                .<EndpointOutcome>map(endpoint -> endpoint.rejectedSince(requestedAt)
                        ? new EndpointOutcome.Rejected(endpoint.rejectionCode(), endpoint.rejectionReason())
                        : new EndpointOutcome.Done(endpoint, secret))
                .orElseGet(() -> new EndpointOutcome.Accepted(endpointId, secret));
    }
}
