package com.fluxpay.notification.application;

import com.fluxpay.contracts.notification.WebhookDeliveryExhausted;
import com.fluxpay.contracts.notification.WebhookDeliveryFailed;
import com.fluxpay.contracts.notification.WebhookDeliverySucceeded;
import com.fluxpay.contracts.notification.WebhookEndpointDisabled;
import com.fluxpay.contracts.notification.WebhookEndpointStatus;
import com.fluxpay.notification.application.port.ClaimedDelivery;
import com.fluxpay.notification.application.port.Deliveries;
import com.fluxpay.notification.application.port.NotificationEvents;
import com.fluxpay.platform.transactions.Transactions;
import com.fluxpay.notification.application.port.WebhookEndpoints;
import com.fluxpay.notification.application.port.WebhookSigner;
import com.fluxpay.notification.application.port.WebhookTransport;
import com.fluxpay.notification.domain.AttemptResult;
import com.fluxpay.notification.domain.EndpointMode;
import com.fluxpay.notification.domain.WebhookBody;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Sends due deliveries. Three steps, so no transaction is open while a merchant's server takes its time:
 * claim (a transaction leases the rows and records an attempt in flight), POST (no transaction), complete
 * (a transaction records the result, schedules the retry or gives up, and writes the events to the outbox).
 * An instance killed between claim and complete loses nothing: when the lease runs out another instance
 * sends again, with the same webhook id. That is the at-least-once a receiver deduplicates by webhook id.
 */
public final class DispatchingDeliveries {

    private final Deliveries deliveries;
    private final WebhookEndpoints endpoints;
    private final WebhookTransport transport;
    private final WebhookSigner signer;
    private final ValidatingEndpointUrl urls;
    private final NotificationEvents events;
    private final Transactions transactions;
    private final DispatchSettings settings;
    private final Clock clock;

    public DispatchingDeliveries(Deliveries deliveries, WebhookEndpoints endpoints, WebhookTransport transport,
                                 WebhookSigner signer, ValidatingEndpointUrl urls, NotificationEvents events,
                                 Transactions transactions, DispatchSettings settings, Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.transport = transport;
        this.signer = signer;
        this.urls = urls;
        this.events = events;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    public List<ClaimedDelivery> claim(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Instant now = clock.instant();
        return transactions.inTransaction(() -> deliveries.claimDue(now, limit, settings.perEndpoint(),
                now.plus(settings.lease())));
    }

    /** POSTs the claimed delivery and records the outcome. */
    public AttemptResult deliver(ClaimedDelivery claim) {
        AttemptResult result;
        try {
            result = send(claim);
        } catch (RuntimeException e) {
            // a secret whose key is gone, a broken URL: a failed attempt that follows the schedule to
            // exhaustion, rather than an exception that would leave the lease to expire and repeat for ever
            result = AttemptResult.noAnswer("not sent: " + e.getMessage(), 0);
        }
        complete(claim, result);
        return result;
    }

    /** The POST alone, nothing recorded: {@link #deliver} is this and the bookkeeping. */
    public AttemptResult send(ClaimedDelivery claim) {
        var endpoint = claim.endpoint();
        if (endpoint.mode() == EndpointMode.LIVE) {
            // DNS may have changed since registration; a live endpoint must still point outside
            Optional<String> problem = urls.problemWith(endpoint.url(), EndpointMode.LIVE);
            if (problem.isPresent()) {
                return AttemptResult.noAnswer("address refused: " + problem.get(), 0);
            }
        }
        var message = claim.message();
        String body = WebhookBody.of(message.eventType(), message.occurredAt(), message.payload());
        long timestamp = clock.instant().getEpochSecond();
        String id = message.id().toString();
        var headers = new LinkedHashMap<String, String>();
        headers.put("content-type", "application/json");
        headers.put("webhook-id", id);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature",
                signer.signatures(endpoint.signingSecrets(clock.instant()), id, timestamp, body));
        return transport.post(endpoint.url(), headers, body);
    }

    void complete(ClaimedDelivery claim, AttemptResult result) {
        Instant now = clock.instant();
        transactions.inTransaction(() -> {
            if (result.succeeded()) {
                succeeded(claim, result, now);
            } else {
                failed(claim, result, now);
            }
            return null;
        });
    }

    private void succeeded(ClaimedDelivery claim, AttemptResult result, Instant now) {
        if (!deliveries.succeeded(claim, result, now)) {
            return;
        }
        endpoints.answered(claim.endpoint().id());
        var m = claim.message();
        events.succeeded(new WebhookDeliverySucceeded(claim.endpoint().id(), m.tenantId(), m.id(), m.eventType(),
                m.resourceId(), claim.attempt(), result.statusCode(), result.latencyMillis(), now));
    }

    private void failed(ClaimedDelivery claim, AttemptResult result, Instant now) {
        Optional<Instant> next = settings.schedule().nextAfter(claim.attempt(), now);
        boolean held = next.isPresent() ? deliveries.retryAt(claim, result, next.get(), now)
                : deliveries.exhausted(claim, result, now);
        if (!held) {
            return;
        }
        var m = claim.message();
        String endpointId = claim.endpoint().id();
        events.failed(new WebhookDeliveryFailed(endpointId, m.tenantId(), m.id(), m.eventType(), m.resourceId(),
                claim.attempt(), result.statusCode(), result.error(), result.latencyMillis(), next.orElse(null), now));
        if (next.isEmpty()) {
            events.exhausted(new WebhookDeliveryExhausted(endpointId, m.tenantId(), m.id(), m.eventType(),
                    m.resourceId(), claim.attempt(), result.statusCode(), result.error(), now));
        }
        endpoints.failed(endpointId, now)
                .filter(endpoint -> endpoint.enabled() && endpoint.failingLongerThan(settings.disableAfter(), now))
                .ifPresent(endpoint -> endpoints.disable(endpointId, now).ifPresent(version ->
                        events.disabled(new WebhookEndpointDisabled(endpointId, endpoint.tenantId(),
                                "every attempt failed since " + endpoint.failingSince() + "; last: " + result.summary(),
                                endpoint.failingSince(), now, WebhookEndpointStatus.DISABLED, version))));
    }
}
