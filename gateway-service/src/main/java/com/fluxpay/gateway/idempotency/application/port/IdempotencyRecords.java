package com.fluxpay.gateway.idempotency.application.port;

import com.fluxpay.gateway.idempotency.domain.IdempotencyRecord;
import com.fluxpay.gateway.idempotency.domain.StoredResponse;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/** The durable record of idempotency keys (the truth). */
public interface IdempotencyRecords {

    /** Claims the key for this request; false if someone holds or held it. */
    boolean claim(String tenantId, String key, String requestHash, Instant lockedUntil, Instant expiresAt);

    /** Claims a key whose earlier claim expired; false if someone else got there first. */
    boolean takeOver(String tenantId, String key, Instant now, Instant lockedUntil);

    /**
     * Extends the lease of claims this instance still holds (still IN_FLIGHT), so a live request keeps its key
     * however long it runs while a dead instance's claims lapse within one lease.
     */
    void renew(Collection<Claim> claims, Instant lockedUntil);

    Optional<IdempotencyRecord> find(String tenantId, String key);

    void complete(String tenantId, String key, StoredResponse response);

    /** Forgets an in-flight claim whose request failed on our side, so the client may retry. */
    void release(String tenantId, String key);

    int purgeExpired(Instant now);

    /** One tenant's key. */
    record Claim(String tenantId, String key) {
    }
}
