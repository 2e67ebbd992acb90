package com.fluxpay.gateway.webhookendpoint.application;

import com.fluxpay.gateway.command.TenantId;
import com.fluxpay.gateway.command.CommandOutcome;
import com.fluxpay.gateway.command.Violation;
import java.util.List;
import com.fluxpay.gateway.readmodel.application.Awaiting;
import com.fluxpay.gateway.readmodel.application.Paging;

import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.gateway.webhookendpoint.application.port.SecretSealer;
import com.fluxpay.gateway.webhookendpoint.application.port.WebhookEndpointViews;
import com.fluxpay.gateway.idempotency.domain.RequestFingerprint;
import com.fluxpay.gateway.readmodel.domain.Cursor;
import com.fluxpay.gateway.readmodel.domain.Page;
import com.fluxpay.gateway.webhookendpoint.domain.EndpointRequest;
import com.fluxpay.gateway.webhookendpoint.domain.EndpointView;
import com.fluxpay.gateway.webhookendpoint.domain.WebhookSecret;
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

    /**
     * What a request about an endpoint answers with: the endpoint (null while notification-service has not
     * answered) and the signing secret, set only in the answer that made it.
     */
    public record EndpointReply(String id, EndpointView endpoint, String secret) {

        static EndpointReply pending(String id, String secret) {
            return new EndpointReply(id, null, secret);
        }
    }

    /** What merchants can subscribe to: every event on the order and payment topics. */
    static final Set<String> PUBLIC_EVENT_TYPES = EventTypes.ALL.stream()
            .filter(type -> type.topic().equals(Topics.ORDER_EVENTS) || type.topic().equals(Topics.PAYMENT_EVENTS))
            .map(type -> type.name()).collect(Collectors.toUnmodifiableSet());

    private final WebhookEndpointViews endpoints;
    private final SecretSealer sealer;
    private final Clock clock;
    private final Awaiting awaiting;

    public ManagingWebhookEndpoints(WebhookEndpointViews endpoints, SecretSealer sealer, Clock clock, Awaiting awaiting) {
        this.endpoints = endpoints;
        this.sealer = sealer;
        this.clock = clock;
        this.awaiting = awaiting;
    }

    /** {@code mode} follows the caller's key: test endpoints may be local, live ones must be public. */
    public CommandOutcome<EndpointReply> register(TenantId tenantId, String mode, EndpointRequest request, String idempotencyKey) {
        var violations = request.violations(PUBLIC_EVENT_TYPES, true);
        if (!violations.isEmpty()) {
            return CommandOutcome.invalid(violations);
        }
        String endpointId = RequestFingerprint.idFor("we_", tenantId, idempotencyKey);
        var secret = WebhookSecret.generate();
        Instant now = clock.instant();
        endpoints.register(endpointId, tenantId, mode, request, sealer.seal(secret.value()), now);
        return awaitAnswer(tenantId, endpointId, now, secret.value(), true);
    }

    public CommandOutcome<EndpointReply> update(TenantId tenantId, String endpointId, EndpointRequest changes) {
        var violations = changes.violations(PUBLIC_EVENT_TYPES, false);
        if (!violations.isEmpty()) {
            return CommandOutcome.invalid(violations);
        }
        return onExisting(tenantId, endpointId, null, endpoint -> endpoints.update(endpoint, changes));
    }

    /** A new secret; the old one keeps signing alongside it for {@code overlapSeconds}. */
    public CommandOutcome<EndpointReply> rotateSecret(TenantId tenantId, String endpointId, long overlapSeconds) {
        var secret = WebhookSecret.generate();
        return onExisting(tenantId, endpointId, secret.value(),
                endpoint -> endpoints.rotateSecret(endpoint, sealer.seal(secret.value()), Math.max(0, overlapSeconds)));
    }

    public CommandOutcome<EndpointReply> delete(TenantId tenantId, String endpointId) {
        return onExisting(tenantId, endpointId, null, endpoints::delete);
    }

    /** Resends every message to this endpoint that ran out of retries, for events since {@code since}. */
    public CommandOutcome<EndpointReply> replayFailed(TenantId tenantId, String endpointId, Instant since) {
        return find(tenantId, endpointId).<CommandOutcome<EndpointReply>>map(endpoint -> {
            endpoints.replayFailed(endpoint, since);
            return new CommandOutcome.Accepted<>(endpointId, EndpointReply.pending(endpointId, null));
        }).orElseGet(() -> CommandOutcome.notFound("Webhook endpoint", endpointId));
    }

    /** Resends one message (its webhook-id) to this endpoint, with the same id and a fresh schedule. */
    public CommandOutcome<EndpointReply> replayMessage(TenantId tenantId, String endpointId, String messageId) {
        UUID id;
        try {
            id = UUID.fromString(messageId);
        } catch (IllegalArgumentException e) {
            return CommandOutcome.invalid(List.of(new Violation(
                    "messageId", "is a webhook-id (a UUID)")));
        }
        return find(tenantId, endpointId).<CommandOutcome<EndpointReply>>map(endpoint -> {
            endpoints.replayMessage(endpoint, id);
            return new CommandOutcome.Accepted<>(endpointId, EndpointReply.pending(endpointId, null));
        }).orElseGet(() -> CommandOutcome.notFound("Webhook endpoint", endpointId));
    }

    public Optional<EndpointView> find(TenantId tenantId, String endpointId) {
        return endpoints.find(tenantId, endpointId);
    }

    public Page<EndpointView> list(TenantId tenantId, String cursor, Integer limit) {
        return Paging.page(cursor, limit, (after, rows) -> endpoints.list(tenantId, after, rows),
                endpoint -> new Cursor(endpoint.requestedAt(), endpoint.id()));
    }

    private CommandOutcome<EndpointReply> onExisting(TenantId tenantId, String endpointId, String secret, Consumer<EndpointView> send) {
        var endpoint = find(tenantId, endpointId);
        if (endpoint.isEmpty()) {
            return CommandOutcome.notFound("Webhook endpoint", endpointId);
        }
        Instant now = clock.instant();
        send.accept(endpoint.get());
        return awaitAnswer(tenantId, endpointId, now, secret, false);
    }

    private CommandOutcome<EndpointReply> awaitAnswer(TenantId tenantId, String endpointId, Instant requestedAt, String secret,
                                                     boolean created) {
        return awaiting.until(endpointId,
                        () -> endpoints.find(tenantId, endpointId).filter(e -> e.answeredSince(requestedAt)))
                .<CommandOutcome<EndpointReply>>map(endpoint -> endpoint.rejectedSince(requestedAt)
                        ? CommandOutcome.refused(endpoint.rejectionCode(), endpoint.rejectionReason())
                        : new CommandOutcome.Done<>(endpointId, new EndpointReply(endpointId, endpoint, secret), created))
                .orElseGet(() -> new CommandOutcome.Accepted<>(endpointId, EndpointReply.pending(endpointId, secret)));
    }
}
