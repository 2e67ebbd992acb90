package com.fluxpay.gateway;

import com.fluxpay.testing.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The gateway on its own over HTTP, on real Postgres, Redis and Kafka; tests play the other services. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "fluxpay.gateway.command-wait=300ms", "fluxpay.gateway.admin-token=" + GatewayClient.ADMIN_TOKEN})
@RealInfrastructure
abstract class GatewayIntegrationTest {

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    GatewayClient merchant;

    @BeforeEach
    void newTenant() throws Exception {
        merchant = GatewayClient.forNewTenant(port, getClass().getSimpleName());
    }
}
