package com.fluxpay.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.client.Order;
import com.fluxpay.client.Requests.NewOrder;
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
        var order = NewOrder.of(4_100, "KRW");

        var first = onA.api.createOrder(order, key);
        var retried = onB.api.createOrder(order, key);

        assertThat(retried.body()).isEqualTo(first.body());
        assertThat(retried.header("Idempotent-Replayed")).contains("true");
        String orderId = first.value().id();
        onB.awaitOrder(orderId, Order.Status.PENDING);
        assertThat(onA.api.order(orderId).value().status()).isEqualTo(Order.Status.PENDING);
    }

    @Test
    void a_tenants_rate_limit_is_one_bucket_across_instances() throws Exception {
        var onA = Merchant.open(fleet, "limited across", 1, 3);
        var onB = onA.at(second);

        int refused = 0;
        for (int i = 0; i < 3; i++) {
            refused += onA.api.ping().status() == 429 ? 1 : 0;
            refused += onB.api.ping().status() == 429 ? 1 : 0;
        }
        // six requests inside a second against a burst of three (plus at most one refill)
        assertThat(refused).isBetween(2, 3);
    }
}
