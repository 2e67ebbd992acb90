package com.fluxpay.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.client.Admin.NewTenant;
import com.fluxpay.client.GatewayClient;

/** A tenant made through the admin API for a test, and the client that speaks for it with its API key. */
record Merchant(GatewayClient api, String tenantId, String apiKey) {

    static final String ADMIN_TOKEN = "it-admin-token";

    static GatewayClient operator(int port) {
        return GatewayClient.at("http://127.0.0.1:" + port).authorizedBy(ADMIN_TOKEN);
    }

    /** With limits wide enough not to get in the way. */
    static Merchant open(int port, String name) {
        return open(port, new NewTenant(name, "test", 1000, 1000));
    }

    static Merchant open(int port, NewTenant tenant) {
        var created = operator(port).createTenant(tenant);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var made = created.value();
        return new Merchant(operator(port).authorizedBy(made.apiKey().secret()), made.tenant().id(),
                made.apiKey().secret());
    }
}
