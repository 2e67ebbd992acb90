package com.fluxpay.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookEndpointTest {

    private static final Instant T = Instant.parse("2026-11-22T00:00:00Z");

    private static WebhookEndpoint endpoint(Set<String> types) {
        return new WebhookEndpoint("ep_1", "tenant-a", "https://example.com/h", types, null, true, EndpointMode.LIVE,
                "k1:new", null, null, null, T, T);
    }

    @Test
    void an_endpoint_without_event_types_subscribes_to_every_type() {
        assertThat(endpoint(Set.of()).subscribesTo("payment.approved")).isTrue();
        assertThat(endpoint(Set.of("order.created")).subscribesTo("payment.approved")).isFalse();
        assertThat(endpoint(Set.of("order.created")).subscribesTo("order.created")).isTrue();
    }

    @Test
    void after_a_rotation_both_secrets_sign_until_the_overlap_ends() {
        var rotated = endpoint(Set.of()).rotatedTo("k1:newer", Duration.ofHours(24), T);

        assertThat(rotated.signingSecrets(T.plusSeconds(60))).containsExactly("k1:newer", "k1:new");
        assertThat(rotated.signingSecrets(T.plus(Duration.ofHours(24)))).containsExactly("k1:newer");
    }

    @Test
    void an_endpoint_is_failing_too_long_once_the_period_has_passed_since_its_first_failure() {
        var failing = new WebhookEndpoint("ep_1", "tenant-a", "https://example.com/h", Set.of(), null, true,
                EndpointMode.LIVE, "k1:s", null, null, T, T, T);

        assertThat(failing.failingLongerThan(Duration.ofDays(5), T.plus(Duration.ofDays(5)).minusSeconds(1))).isFalse();
        assertThat(failing.failingLongerThan(Duration.ofDays(5), T.plus(Duration.ofDays(5)))).isTrue();
    }

    @Test
    void re_enabling_a_disabled_endpoint_forgets_its_failures() {
        var disabled = new WebhookEndpoint("ep_1", "tenant-a", "https://example.com/h", Set.of(), null, false,
                EndpointMode.LIVE, "k1:s", null, null, T, T, T);

        var enabled = disabled.withSettings(disabled.url(), Set.of(), null, true, EndpointMode.LIVE, T.plusSeconds(1));

        assertThat(enabled.failingSince()).isNull();
        assertThat(enabled.enabled()).isTrue();
    }
}
