package com.fluxpay.gateway.idempotency.application;

import com.fluxpay.gateway.idempotency.application.port.IdempotencyCache;
import com.fluxpay.gateway.idempotency.application.port.IdempotencyRecords;
import com.fluxpay.gateway.idempotency.application.port.IdempotencyRecords.Claim;
import com.fluxpay.gateway.idempotency.domain.IdempotencyDecision;
import com.fluxpay.gateway.idempotency.domain.IdempotencyRecord;
import com.fluxpay.gateway.idempotency.domain.StoredResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Idempotency-Key with Stripe's semantics, in two layers: a completed key is usually answered from Redis;
 * Postgres decides everything else (who claims a key, what was answered), so losing Redis loses nothing.
 */
public final class ApplyingIdempotency {

    private final IdempotencyRecords records;
    private final IdempotencyCache cache;
    private final Clock clock;
    private final Duration claimLease;
    private final Duration retention;
    /** The claims this instance's requests hold now; their leases are renewed until they complete or fail. */
    private final Set<Claim> held = ConcurrentHashMap.newKeySet();

    public ApplyingIdempotency(IdempotencyRecords records, IdempotencyCache cache, Clock clock, Duration claimLease,
                               Duration retention) {
        this.records = records;
        this.cache = cache;
        this.clock = clock;
        this.claimLease = claimLease;
        this.retention = retention;
    }

    public IdempotencyDecision begin(String tenantId, String key, String requestHash) {
        var cached = cache.find(tenantId, key);
        if (cached.isPresent()) {
            return cached.get().decide(requestHash, clock.instant());
        }
        Instant now = clock.instant();
        if (records.claim(tenantId, key, requestHash, now.plus(claimLease), now.plus(retention))) {
            held.add(new Claim(tenantId, key));
            return new IdempotencyDecision.Proceed();
        }
        return records.find(tenantId, key).map(existing -> decideOnExisting(existing, requestHash, now))
                // the row vanished between claim and read (purged): claim again
                .orElseGet(() -> begin(tenantId, key, requestHash));
    }

    private IdempotencyDecision decideOnExisting(IdempotencyRecord existing, String requestHash, Instant now) {
        IdempotencyDecision decision = existing.decide(requestHash, now);
        if (decision instanceof IdempotencyDecision.Replay) {
            cache.put(existing);
        }
        if (decision instanceof IdempotencyDecision.TakeOver) {
            if (!records.takeOver(existing.tenantId(), existing.key(), now, now.plus(claimLease))) {
                return new IdempotencyDecision.InFlight();
            }
            held.add(new Claim(existing.tenantId(), existing.key()));
        }
        return decision;
    }

    public void complete(String tenantId, String key, String requestHash, StoredResponse response) {
        held.remove(new Claim(tenantId, key));
        records.complete(tenantId, key, response);
        cache.put(new IdempotencyRecord(tenantId, key, requestHash, response, clock.instant()));
    }

    public void release(String tenantId, String key) {
        held.remove(new Claim(tenantId, key));
        records.release(tenantId, key);
    }

    /**
     * Renews the leases of the claims held here. Run well within one lease (a third of it): a request outliving
     * its lease would let a retry run beside it, harmless downstream (both name the same resource) but wasted.
     */
    public void renewHeld() {
        records.renew(List.copyOf(held), clock.instant().plus(claimLease));
    }

    public int purgeExpired() {
        return records.purgeExpired(clock.instant());
    }
}
