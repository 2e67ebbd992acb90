package com.fluxpay.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole fleet, each service its own process: a flow crosses gateway → Kafka → payment-service →
 * outbox → Kafka → ledger, notification and the gateway's read model; a ping reaches all seven.
 */
class WalkingSkeletonIT {

    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern SECRET = Pattern.compile("\"secret\":\"([^\"]+)\"");
    private static Fleet fleet;
    private static String apiKey;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startFleet() throws Exception {
        fleet = Fleet.start();
        var tenant = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fleet.gatewayUrl()
                        + "/admin/v1/tenants")).header("Authorization", "Bearer " + Fleet.ADMIN_TOKEN)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"system test\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tenant.statusCode()).as(tenant.body()).isEqualTo(201);
        Matcher secret = SECRET.matcher(tenant.body());
        assertThat(secret.find()).isTrue();
        apiKey = secret.group(1);
    }

    @AfterAll
    static void stopFleet() {
        if (fleet != null) {
            fleet.close();
        }
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(fleet.gatewayUrl() + path))
                .header("Authorization", "Bearer " + apiKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(fleet.gatewayUrl() + path))
                .header("Authorization", "Bearer " + apiKey).build(), HttpResponse.BodyHandlers.ofString()).body();
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

    private static String idOf(String body) {
        Matcher matcher = ID.matcher(body);
        assertThat(matcher.find()).as("an id in " + body).isTrue();
        return matcher.group(1);
    }

    @Test
    void an_order_taken_by_the_gateway_is_opened_by_payment_service_and_seen_by_ledger_and_notification()
            throws Exception {
        var response = post("/api/v1/orders",
                "{\"amount\":15000,\"currency\":\"KRW\",\"description\":\"skeleton\",\"metadata\":{\"sku\":\"s-1\"}}");
        assertThat(response.statusCode()).isIn(201, 202);
        String orderId = idOf(response.body());

        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/orders/" + orderId).contains("\"PENDING\""));
        assertThat(rows("SELECT count(*) FROM payment.orders WHERE id = ?", orderId)).isOne();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> rows("SELECT count(*) FROM ledger.tracked_order WHERE order_id = ?", orderId) == 1);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> rows("SELECT count(*) FROM notification.outgoing_message WHERE resource_id = ?", orderId) == 1);
    }

    @Test
    void every_service_answers_a_ping_through_its_own_outbox() throws Exception {
        String pingId = idOf(post("/api/v1/diagnostics/pings", "{}").body());

        await().atMost(Duration.ofSeconds(60)).until(() -> {
            String ping = get("/api/v1/diagnostics/pings/" + pingId);
            return Fleet.SERVICES.stream().allMatch(service -> ping.contains("\"" + service + "\""));
        });
    }

    @Test
    void bad_input_is_refused_at_the_gateway_with_a_stable_code() throws Exception {
        var response = post("/api/v1/orders", "{\"amount\":0,\"currency\":\"KRW\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":\"REQ_001\"");
    }
}
