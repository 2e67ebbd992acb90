package com.fluxpay.gateway.idempotency.application.port;

import com.fluxpay.gateway.idempotency.domain.IdempotencyRecord;
import java.util.Optional;

/** The fast path: completed records only. May lose anything at any time without harm. */
public interface IdempotencyCache {

    Optional<IdempotencyRecord> find(String tenantId, String key);

    void put(IdempotencyRecord completed);
}
