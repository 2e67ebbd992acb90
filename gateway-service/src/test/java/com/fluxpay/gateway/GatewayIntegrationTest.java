package com.fluxpay.gateway;

import com.fluxpay.client.GatewayClient;
import com.fluxpay.testing.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The gateway on its own over HTTP, on real Postgres, Redis and Kafka; tests play the other services. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "fluxpay.gateway.command-wait=300ms", "fluxpay.gateway.admin-token=" + Merchant.ADMIN_TOKEN})
@RealInfrastructure
abstract class GatewayIntegrationTest {

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    /** A fresh tenant's client (its API key), and who it is. */
    GatewayClient merchant;
    String tenantId;
    String apiKey;
    /** The operator's client (the admin token). */
    GatewayClient operator;

    @BeforeEach
    void newTenant() {
        var opened = Merchant.open(port, getClass().getSimpleName());
        merchant = opened.api();
        tenantId = opened.tenantId();
        apiKey = opened.apiKey();
        operator = Merchant.operator(port);
    }

    /** Another tenant, beside the test's own. */
    GatewayClient anotherTenant(String name) {
        return Merchant.open(port, name).api();
    }
}
