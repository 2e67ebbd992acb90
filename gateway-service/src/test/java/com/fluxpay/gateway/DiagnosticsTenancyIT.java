package com.fluxpay.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A ping is its tenant's: regression for "another tenant can read a ping" (issue 14). */
class DiagnosticsTenancyIT extends GatewayIntegrationTest {

    @Test
    void another_tenants_key_does_not_find_a_ping() throws Exception {
        var sent = merchant.post("/api/v1/diagnostics/pings", "{}");
        assertThat(sent.statusCode()).isEqualTo(202);
        String pingId = GatewayClient.idOf(sent.body());
        var stranger = GatewayClient.forNewTenant(port, "stranger");

        assertThat(merchant.get("/api/v1/diagnostics/pings/" + pingId).statusCode()).isEqualTo(200);
        var answer = stranger.get("/api/v1/diagnostics/pings/" + pingId);
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }
}
