package com.fluxpay.gateway.idempotency.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdempotencyRecordTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final StoredResponse CREATED = new StoredResponse(201, "application/json", "/x", "{}".getBytes());

    @Test
    void a_finished_request_is_replayed_to_the_same_request() {
        var record = new IdempotencyRecord("t", "k", "hash-a", CREATED, NOW);

        assertThat(record.decide("hash-a", NOW)).isEqualTo(new IdempotencyDecision.Replay(CREATED));
    }

    @Test
    void a_different_request_with_the_key_is_refused_whether_or_not_the_first_finished() {
        assertThat(new IdempotencyRecord("t", "k", "hash-a", CREATED, NOW).decide("hash-b", NOW))
                .isInstanceOf(IdempotencyDecision.KeyReused.class);
        assertThat(new IdempotencyRecord("t", "k", "hash-a", null, NOW.plusSeconds(60)).decide("hash-b", NOW))
                .isInstanceOf(IdempotencyDecision.KeyReused.class);
    }

    @Test
    void a_running_request_holds_its_key_until_its_lease_runs_out() {
        var running = new IdempotencyRecord("t", "k", "hash-a", null, NOW.plusSeconds(60));

        assertThat(running.decide("hash-a", NOW)).isInstanceOf(IdempotencyDecision.InFlight.class);
        assertThat(running.decide("hash-a", NOW.plusSeconds(60))).isInstanceOf(IdempotencyDecision.TakeOver.class);
    }

    @Test
    void ids_derived_from_a_key_are_stable_per_tenant() {
        assertThat(RequestFingerprint.stableId("ord_", "t1", "k")).isEqualTo(RequestFingerprint.stableId("ord_", "t1", "k"))
                .isNotEqualTo(RequestFingerprint.stableId("ord_", "t2", "k")).startsWith("ord_").hasSize(36);
    }
}
