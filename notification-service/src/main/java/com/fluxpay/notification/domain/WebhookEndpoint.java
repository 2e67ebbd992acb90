package com.fluxpay.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A merchant's webhook endpoint. Secrets are kept sealed (as the gateway sent them); only the adapter that
 * signs opens them. During a rotation's overlap the previous secret signs too.
 *
 * @param eventTypes  empty: every public type
 * @param failingSince start of the current run of failed attempts, null while the endpoint answers
 */
public record WebhookEndpoint(String id, String tenantId, String url, Set<String> eventTypes, String description,
                              boolean enabled, EndpointMode mode, String secret, String previousSecret,
                              Instant previousSecretExpiresAt, Instant failingSince, Instant createdAt,
                              Instant updatedAt) {

    public WebhookEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(secret, "secret");
        eventTypes = Set.copyOf(eventTypes);
    }

    public boolean subscribesTo(String eventType) {
        return eventTypes.isEmpty() || eventTypes.contains(eventType);
    }

    /** The sealed secrets that sign a webhook sent at {@code now}: the current one first. */
    public List<String> signingSecrets(Instant now) {
        var secrets = new ArrayList<String>(2);
        secrets.add(secret);
        if (previousSecret != null && previousSecretExpiresAt != null && now.isBefore(previousSecretExpiresAt)) {
            secrets.add(previousSecret);
        }
        return secrets;
    }

    public WebhookEndpoint withSettings(String newUrl, Set<String> newTypes, String newDescription, boolean newEnabled,
                                        EndpointMode newMode, Instant now) {
        // re-enabling forgets the failures that disabled it: the merchant says the receiver is fixed
        Instant failing = newEnabled && !enabled ? null : failingSince;
        return new WebhookEndpoint(id, tenantId, newUrl, newTypes, newDescription, newEnabled, newMode, secret,
                previousSecret, previousSecretExpiresAt, failing, createdAt, now);
    }

    public WebhookEndpoint rotatedTo(String newSecret, Duration overlap, Instant now) {
        return new WebhookEndpoint(id, tenantId, url, eventTypes, description, enabled, mode, newSecret, secret,
                now.plus(overlap), failingSince, createdAt, now);
    }

    /** A failed attempt at {@code at}: true if the endpoint has now failed for at least {@code disableAfter}. */
    public boolean failingLongerThan(Duration disableAfter, Instant at) {
        Instant since = failingSince != null ? failingSince : at;
        return !Duration.between(since, at).minus(disableAfter).isNegative();
    }
}
