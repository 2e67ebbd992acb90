package com.fluxpay.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.fleet.PingAnswered;
import com.fluxpay.contracts.order.OrderCreated;
import com.fluxpay.contracts.order.OrderRejected;
import com.fluxpay.platform.testing.KafkaProbe;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Orders and pings through the gateway alone: this test plays payment-service's part on Kafka. */
class GatewayIT extends GatewayIntegrationTest {

    private HttpResponse<String> post(String path, String json) throws Exception {
        return merchant.post(path, json);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return merchant.get(path);
    }

    private static String idOf(String body) {
        return GatewayClient.idOf(body);
    }
    @Test
    void an_order_request_goes_to_kafka_and_is_answered_202_when_no_answer_comes_in_time() throws Exception {
        var response = post("/api/v1/orders", "{\"amount\":15000,\"currency\":\"KRW\",\"metadata\":{\"sku\":\"d-1\"}}");

        assertThat(response.statusCode()).isEqualTo(202);
        String orderId = idOf(response.body());
        assertThat(response.headers().firstValue("Location")).contains("/api/v1/orders/" + orderId);
                var command = new KafkaProbe(kafka).awaitEvent(Topics.ORDER_COMMANDS, orderId, "order.create", Duration.ofSeconds(10));
        assertThat(command.value()).contains("\"amount\":15000", "\"tenantId\":\"" + merchant.tenantId + "\"");
        assertThat(get("/api/v1/orders/" + orderId).body()).contains("\"status\":\"REQUESTED\"");
    }

    @Test
    void the_order_read_model_follows_the_events_payment_service_publishes() throws Exception {
        String orderId = idOf(post("/api/v1/orders", "{\"amount\":500,\"currency\":\"USD\"}").body());
        new KafkaProbe(kafka).send(EventTypes.ORDER_CREATED, orderId, merchant.tenantId, new OrderCreated(orderId, merchant.tenantId, 500,
                "USD", null, Map.of(), "PENDING", Instant.now()));

        await().atMost(Duration.ofSeconds(15)).until(() -> get("/api/v1/orders/" + orderId).body().contains("PENDING"));
    }

    @Test
    void a_rejection_from_payment_service_shows_its_code_on_the_order() throws Exception {
        String orderId = idOf(post("/api/v1/orders", "{\"amount\":500,\"currency\":\"USD\"}").body());
        new KafkaProbe(kafka).send(EventTypes.ORDER_REJECTED, orderId, merchant.tenantId,
                new OrderRejected(orderId, merchant.tenantId, "ORD_003", "TOO_LARGE", Instant.now()));

        await().atMost(Duration.ofSeconds(15)).until(() -> get("/api/v1/orders/" + orderId).body().contains("REJECTED"));
        assertThat(get("/api/v1/orders/" + orderId).body()).contains("\"code\":\"ORD_003\"");
    }

    @Test
    void invalid_input_is_a_problem_with_a_stable_code_and_sends_nothing() throws Exception {
        var response = post("/api/v1/orders", "{\"amount\":-1,\"currency\":\"XYZ\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("\"code\":\"REQ_001\"", "\"field\":\"amount\"", "\"field\":\"currency\"");
    }

    @Test
    void a_body_that_is_not_json_is_a_problem_too() throws Exception {
        var response = post("/api/v1/orders", "{amount: 5");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":\"REQ_002\"");
    }

    @Test
    void an_unknown_order_is_404_as_problem_json() throws Exception {
        var response = get("/api/v1/orders/ord_nope");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("\"code\":\"RES_001\"");
    }

    @Test
    void a_ping_collects_the_answers_services_publish() throws Exception {
        var response = post("/api/v1/diagnostics/pings", "{}");
        assertThat(response.statusCode()).isEqualTo(202);
        String pingId = idOf(response.body());
        new KafkaProbe(kafka).send(EventTypes.PING_ANSWERED, pingId, null,
                new PingAnswered(pingId, "ledger-service", Instant.now()));

        await().atMost(Duration.ofSeconds(15)).until(() -> get("/api/v1/diagnostics/pings/" + pingId).body()
                .contains("ledger-service"));
    }

    @Test
    void the_openapi_document_describes_the_orders_api() throws Exception {
        var response = merchant.send(java.net.http.HttpRequest.newBuilder(merchant.uri("/v3/api-docs")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/v1/orders", "/api/v1/diagnostics/pings");
    }
}
