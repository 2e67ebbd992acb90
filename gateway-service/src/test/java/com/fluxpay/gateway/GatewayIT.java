package com.fluxpay.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.client.Json;
import com.fluxpay.client.Order;
import com.fluxpay.client.Requests.NewOrder;
import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.fleet.PingAnswered;
import com.fluxpay.contracts.order.CreateOrder;
import com.fluxpay.contracts.order.OrderCreated;
import com.fluxpay.contracts.order.OrderRejected;
import com.fluxpay.platform.testing.KafkaProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Orders and pings through the gateway alone: this test plays payment-service's part on Kafka. */
class GatewayIT extends GatewayIntegrationTest {

    private String newOrder(long amount, String currency) {
        return merchant.createOrder(NewOrder.of(amount, currency)).value().id();
    }

    @Test
    void an_order_request_goes_to_kafka_and_is_answered_202_when_no_answer_comes_in_time() throws Exception {
        var response = merchant.createOrder(NewOrder.of(15_000, "KRW").withMetadata(Map.of("sku", "d-1")));

        assertThat(response.status()).isEqualTo(202);
        String orderId = response.value().id();
        assertThat(response.location()).contains("/api/v1/orders/" + orderId);
        var command = new KafkaProbe(kafka).awaitEvent(Topics.ORDER_COMMANDS, orderId, "order.create", Duration.ofSeconds(10));
        var sent = Json.read(command.value(), CreateOrder.class);
        assertThat(sent.amount()).isEqualTo(15_000);
        assertThat(sent.tenantId()).isEqualTo(tenantId);
        assertThat(sent.metadata()).isEqualTo(Map.of("sku", "d-1"));
        assertThat(merchant.order(orderId).value().status()).isEqualTo(Order.Status.REQUESTED);
    }

    @Test
    void the_order_read_model_follows_the_events_payment_service_publishes() throws Exception {
        String orderId = newOrder(500, "USD");
        new KafkaProbe(kafka).send(EventTypes.ORDER_CREATED, orderId, tenantId, new OrderCreated(orderId, tenantId, 500,
                "USD", null, Map.of(), "PENDING", Instant.now()));

        await().atMost(Duration.ofSeconds(15)).until(() -> merchant.order(orderId).value().status() == Order.Status.PENDING);
    }

    @Test
    void a_rejection_from_payment_service_shows_its_code_on_the_order() throws Exception {
        String orderId = newOrder(500, "USD");
        new KafkaProbe(kafka).send(EventTypes.ORDER_REJECTED, orderId, tenantId,
                new OrderRejected(orderId, tenantId, "ORD_003", "TOO_LARGE", Instant.now()));

        await().atMost(Duration.ofSeconds(15)).until(() -> merchant.order(orderId).value().status() == Order.Status.REJECTED);
        assertThat(merchant.order(orderId).value().failure().code()).isEqualTo("ORD_003");
    }

    @Test
    void invalid_input_is_a_problem_with_a_stable_code_and_sends_nothing() throws Exception {
        var response = merchant.createOrder(NewOrder.of(-1, "XYZ"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).contains("application/problem+json");
        assertThat(response.problem().code()).isEqualTo("REQ_001");
        assertThat(response.problem().fields()).contains("amount", "currency");
    }

    @Test
    void a_body_that_is_not_json_is_a_problem_too() throws Exception {
        var response = merchant.postRaw("/api/v1/orders", "{amount: 5", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problem().code()).isEqualTo("REQ_002");
    }

    @Test
    void an_unknown_order_is_404_as_problem_json() throws Exception {
        var response = merchant.order("ord_nope");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).contains("application/problem+json");
        assertThat(response.problem().code()).isEqualTo("RES_001");
    }

    @Test
    void a_ping_collects_the_answers_services_publish() throws Exception {
        var response = merchant.ping();
        assertThat(response.status()).isEqualTo(202);
        String pingId = response.value().id();
        new KafkaProbe(kafka).send(EventTypes.PING_ANSWERED, pingId, null,
                new PingAnswered(pingId, "ledger-service", Instant.now()));

        await().atMost(Duration.ofSeconds(15)).until(() -> merchant.ping(pingId).value().answeredBy()
                .contains("ledger-service"));
    }

    @Test
    void the_openapi_document_describes_the_orders_api() throws Exception {
        var response = merchant.anonymous().get("/v3/api-docs");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.value().path("paths").has("/api/v1/orders")).isTrue();
        assertThat(response.value().path("paths").has("/api/v1/diagnostics/pings")).isTrue();
    }
}
