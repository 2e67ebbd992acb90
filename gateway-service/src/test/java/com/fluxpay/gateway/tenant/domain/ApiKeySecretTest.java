package com.fluxpay.gateway.tenant.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiKeySecretTest {

    @Test
    void a_generated_key_says_its_mode_and_parses_back() {
        var live = ApiKeySecret.generate(KeyMode.LIVE);

        assertThat(live.value()).startsWith("fp_live_").hasSize(8 + 32);
        assertThat(ApiKeySecret.parse(live.value())).contains(live);
        assertThat(live.mode()).isEqualTo(KeyMode.LIVE);
    }

    @Test
    void two_keys_are_never_the_same_and_neither_is_their_hash() {
        var one = ApiKeySecret.generate(KeyMode.TEST);
        var two = ApiKeySecret.generate(KeyMode.TEST);

        assertThat(one).isNotEqualTo(two);
        assertThat(one.hash()).isNotEqualTo(two.hash()).hasSize(64);
    }

    @Test
    void what_is_shown_and_logged_never_holds_the_secret() {
        var key = ApiKeySecret.generate(KeyMode.TEST);

        assertThat(key.prefix()).isEqualTo(key.value().substring(0, 11));
        assertThat(key.toString()).doesNotContain(key.value().substring(11));
    }

    @Test
    void anything_not_shaped_like_a_key_is_not_looked_up() {
        assertThat(ApiKeySecret.parse(null)).isEmpty();
        assertThat(ApiKeySecret.parse("sk_test_abc")).isEmpty();
        assertThat(ApiKeySecret.parse("fp_test_short")).isEmpty();
    }
}
