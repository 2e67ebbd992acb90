package com.fluxpay.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A ping is its tenant's: regression for "another tenant can read a ping" (issue 14). */
class DiagnosticsTenancyIT extends GatewayIntegrationTest {

    @Test
    void another_tenants_key_does_not_find_a_ping() {
        var sent = merchant.ping();
        assertThat(sent.status()).isEqualTo(202);
        String pingId = sent.value().id();
        var stranger = Merchant.open(port, "stranger").api();

        assertThat(merchant.ping(pingId).status()).isEqualTo(200);
        var answer = stranger.ping(pingId);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.problem().code()).isEqualTo("RES_001");
    }
}
