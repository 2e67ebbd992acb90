package com.fluxpay.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two gateway instances side by side answer as one: idempotency, read models and limits are shared. */
class TwoGatewaysIT {

    private static Fleet fleet;
    private static String second;

    @BeforeAll
    static void twoGateways() throws Exception {
        fleet = Fleet.shared();
        second = fleet.startSecondInstance("gateway-service");
    }

    @Test
    void a_request_retried_on_the_other_instance_is_replayed_not_repeated() throws Exception {
        var onA = Merchant.open(fleet, "two gateways");
        var onB = onA.at(second);
        String key = UUID.randomUUID().toString();
        String order = "{\"amount\":4100,\"currency\":\"KRW\"}";

        var first = onA.post("/api/v1/orders", order, key);
        var retried = onB.post("/api/v1/orders", order, key);

        assertThat(retried.body()).isEqualTo(first.body());
        assertThat(retried.headers().firstValue("Idempotent-Replayed")).contains("true");
        String orderId = Merchant.idOf(first.body());
        onB.await("/api/v1/orders/" + orderId, "\"PENDING\"", Duration.ofSeconds(30));
        assertThat(onA.get("/api/v1/orders/" + orderId)).contains("\"PENDING\"");
    }

    @Test
    void a_tenants_rate_limit_is_one_bucket_across_instances() throws Exception {
        var onA = Merchant.open(fleet, "limited across", 1, 3);
        var onB = onA.at(second);

        int refused = 0;
        for (int i = 0; i < 3; i++) {
            refused += onA.post("/api/v1/diagnostics/pings", "{}").statusCode() == 429 ? 1 : 0;
            refused += onB.post("/api/v1/diagnostics/pings", "{}").statusCode() == 429 ? 1 : 0;
        }
        // six requests inside a second against a burst of three (plus at most one refill)
        assertThat(refused).isBetween(2, 3);
    }
}
