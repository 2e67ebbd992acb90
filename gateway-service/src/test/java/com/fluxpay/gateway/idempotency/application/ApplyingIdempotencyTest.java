package com.fluxpay.gateway.idempotency.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.gateway.idempotency.application.port.IdempotencyCache;
import com.fluxpay.gateway.idempotency.application.port.IdempotencyRecords;
import com.fluxpay.gateway.idempotency.domain.IdempotencyDecision;
import com.fluxpay.gateway.idempotency.domain.IdempotencyRecord;
import com.fluxpay.gateway.idempotency.domain.StoredResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApplyingIdempotencyTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(10);

    private final LeasedRecords records = new LeasedRecords();
    private final ApplyingIdempotency idempotency = new ApplyingIdempotency(records, new NoCache(),
            Clock.fixed(NOW, ZoneOffset.UTC), LEASE, Duration.ofHours(24));

    @Test
    void renews_the_lease_of_a_request_still_running_here() {
        idempotency.begin("ten_a", "key-1", "hash");

        idempotency.renewHeld();

        assertThat(records.renewals).singleElement().satisfies(renewal -> {
            assertThat(renewal.claims()).containsExactly(new IdempotencyRecords.Claim("ten_a", "key-1"));
            assertThat(renewal.until()).isEqualTo(NOW.plus(LEASE));
        });
    }

    @Test
    void stops_renewing_a_claim_once_its_request_answered_or_failed() {
        idempotency.begin("ten_a", "key-1", "hash");
        idempotency.begin("ten_a", "key-2", "hash");
        idempotency.complete("ten_a", "key-1", "hash", new StoredResponse(201, "application/json", null, new byte[0]));
        idempotency.release("ten_a", "key-2");

        idempotency.renewHeld();

        assertThat(records.renewals).singleElement().satisfies(renewal -> assertThat(renewal.claims()).isEmpty());
    }

    @Test
    void a_claim_taken_over_from_a_dead_instance_is_renewed_by_its_new_holder() {
        records.rows.put("ten_a/key-1", new IdempotencyRecord("ten_a", "key-1", "hash", null, NOW.minusSeconds(1)));

        assertThat(idempotency.begin("ten_a", "key-1", "hash")).isInstanceOf(IdempotencyDecision.TakeOver.class);
        idempotency.renewHeld();

        assertThat(records.renewals.getFirst().claims()).containsExactly(new IdempotencyRecords.Claim("ten_a", "key-1"));
    }

    private record Renewal(List<IdempotencyRecords.Claim> claims, Instant until) {
    }

    private static final class LeasedRecords implements IdempotencyRecords {

        final Map<String, IdempotencyRecord> rows = new HashMap<>();
        final List<Renewal> renewals = new ArrayList<>();

        @Override
        public boolean claim(String tenantId, String key, String requestHash, Instant lockedUntil, Instant expiresAt) {
            return rows.putIfAbsent(tenantId + "/" + key,
                    new IdempotencyRecord(tenantId, key, requestHash, null, lockedUntil)) == null;
        }

        @Override
        public boolean takeOver(String tenantId, String key, Instant now, Instant lockedUntil) {
            return true;
        }

        @Override
        public void renew(Collection<Claim> claims, Instant lockedUntil) {
            renewals.add(new Renewal(List.copyOf(claims), lockedUntil));
        }

        @Override
        public Optional<IdempotencyRecord> find(String tenantId, String key) {
            return Optional.ofNullable(rows.get(tenantId + "/" + key));
        }

        @Override
        public void complete(String tenantId, String key, StoredResponse response) {
        }

        @Override
        public void release(String tenantId, String key) {
            rows.remove(tenantId + "/" + key);
        }

        @Override
        public int purgeExpired(Instant now) {
            return 0;
        }
    }

    private static final class NoCache implements IdempotencyCache {

        @Override
        public Optional<IdempotencyRecord> find(String tenantId, String key) {
            return Optional.empty();
        }

        @Override
        public void put(IdempotencyRecord completed) {
        }
    }
}
