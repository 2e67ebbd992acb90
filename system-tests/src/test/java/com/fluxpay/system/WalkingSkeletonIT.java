package com.fluxpay.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.DriverManager;
import java.time.Duration;
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
        var response = merchant.post("/api/v1/orders",
                "{\"amount\":15000,\"currency\":\"KRW\",\"description\":\"skeleton\",\"metadata\":{\"sku\":\"s-1\"}}");
        assertThat(response.statusCode()).isIn(201, 202);
        String orderId = Merchant.idOf(response.body());

        merchant.await("/api/v1/orders/" + orderId, "\"PENDING\"", Duration.ofSeconds(30));
        assertThat(rows("SELECT count(*) FROM payment.orders WHERE id = ?", orderId)).isOne();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> rows("SELECT count(*) FROM ledger.tracked_order WHERE order_id = ?", orderId) == 1);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> rows("SELECT count(*) FROM notification.outgoing_message WHERE resource_id = ?", orderId) == 1);
    }

    @Test
    void every_service_answers_a_ping_through_its_own_outbox() throws Exception {
        String pingId = Merchant.idOf(merchant.post("/api/v1/diagnostics/pings", "{}").body());

        await().atMost(Duration.ofSeconds(60)).until(() -> {
            String ping = merchant.get("/api/v1/diagnostics/pings/" + pingId);
            return Fleet.SERVICES.stream().allMatch(service -> ping.contains("\"" + service + "\""));
        });
    }

    @Test
    void bad_input_is_refused_at_the_gateway_with_a_stable_code() throws Exception {
        var response = merchant.post("/api/v1/orders", "{\"amount\":0,\"currency\":\"KRW\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":\"REQ_001\"");
    }
}
