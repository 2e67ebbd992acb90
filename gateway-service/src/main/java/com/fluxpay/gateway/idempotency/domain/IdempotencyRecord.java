package com.fluxpay.gateway.idempotency.domain;

import java.time.Instant;

/** What is known about one tenant's idempotency key. {@code response} is null while in flight. */
public record IdempotencyRecord(String tenantId, String key, String requestHash, StoredResponse response,
                                Instant lockedUntil) {

    public boolean isCompleted() {
        return response != null;
    }

    /** Decides what a request with this key gets, given what the first request left behind. */
    public IdempotencyDecision decide(String otherRequestHash, Instant now) {
        if (!requestHash.equals(otherRequestHash)) {
            return new IdempotencyDecision.KeyReused();
        }
        if (isCompleted()) {
            return new IdempotencyDecision.Replay(response);
        }
        return now.isBefore(lockedUntil) ? new IdempotencyDecision.InFlight() : new IdempotencyDecision.TakeOver();
    }
}
