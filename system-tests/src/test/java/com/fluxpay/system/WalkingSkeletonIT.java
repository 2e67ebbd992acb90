package com.fluxpay.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.client.Order;
import com.fluxpay.client.Requests.NewOrder;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole fleet, each service its own process: a flow crosses gateway → Kafka → payment-service →
 * outbox → Kafka → ledger, notification and the gateway's read model; a ping reaches all seven.
 */
class WalkingSkeletonIT {

    private static Fleet fleet;
    private static Merchant merchant;

    @BeforeAll
    static void startFleet() throws Exception {
        fleet = Fleet.shared();
        merchant = Merchant.open(fleet, "walking skeleton");
    }

    private long rows(String sql, String id) throws Exception {
        var infrastructure = fleet.infrastructure();
        try (var connection = DriverManager.getConnection(fleet.databaseUrl(), infrastructure.username(),
                infrastructure.password()); var statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            return -1; // the table may not exist before the service's first migration
        }
    }

    @Test
    void an_order_taken_by_the_gateway_is_opened_by_payment_service_and_seen_by_ledger_and_notification()
            throws Exception {
        var response = merchant.api.createOrder(NewOrder.of(15_000, "KRW").describedAs("skeleton")
                .withMetadata(Map.of("sku", "s-1")));
        assertThat(response.status()).isIn(201, 202);
        String orderId = response.value().id();

        var opened = merchant.awaitOrder(orderId, Order.Status.PENDING);
        assertThat(opened.amount()).isEqualTo(15_000);
        assertThat(opened.metadata()).containsEntry("sku", "s-1");
        assertThat(rows("SELECT count(*) FROM payment.orders WHERE id = ?", orderId)).isOne();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> rows("SELECT count(*) FROM ledger.tracked_order WHERE order_id = ?", orderId) == 1);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> rows("SELECT count(*) FROM notification.outgoing_message WHERE resource_id = ?", orderId) == 1);
    }

    @Test
    void every_service_answers_a_ping_through_its_own_outbox() throws Exception {
        String pingId = merchant.api.ping().value().id();

        await().atMost(Duration.ofSeconds(60)).until(() -> merchant.api.ping(pingId).value().answeredBy()
                .containsAll(Fleet.SERVICES));
    }

    @Test
    void bad_input_is_refused_at_the_gateway_with_a_stable_code() throws Exception {
        var response = merchant.api.createOrder(NewOrder.of(0, "KRW"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problem().code()).isEqualTo("REQ_001");
        assertThat(response.problem().fields()).containsExactly("amount");
    }
}
