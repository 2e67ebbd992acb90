package com.fluxpay.gateway.idempotency.application.port;

import com.fluxpay.gateway.idempotency.domain.IdempotencyRecord;
import com.fluxpay.gateway.idempotency.domain.StoredResponse;
import java.time.Instant;
import java.util.Optional;

/** The durable record of idempotency keys (the truth). */
public interface IdempotencyRecords {

    /** Claims the key for this request; false if someone holds or held it. */
    boolean claim(String tenantId, String key, String requestHash, Instant lockedUntil, Instant expiresAt);

    /** Claims a key whose earlier claim expired; false if someone else got there first. */
    boolean takeOver(String tenantId, String key, Instant now, Instant lockedUntil);

    Optional<IdempotencyRecord> find(String tenantId, String key);

    void complete(String tenantId, String key, StoredResponse response);

    /** Forgets an in-flight claim whose request failed on our side, so the client may retry. */
    void release(String tenantId, String key);

    int purgeExpired(Instant now);
}
