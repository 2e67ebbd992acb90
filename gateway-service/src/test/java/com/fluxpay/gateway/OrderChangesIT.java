package com.fluxpay.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.order.OrderCanceled;
import com.fluxpay.contracts.order.OrderCompleted;
import com.fluxpay.contracts.order.OrderCreated;
import com.fluxpay.contracts.order.OrderPaid;
import com.fluxpay.platform.testing.KafkaProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Completing and cancelling orders through the gateway alone: this test plays payment-service's part on Kafka. */
class OrderChangesIT extends GatewayIntegrationTest {

    private KafkaProbe probe() {
        return new KafkaProbe(kafka);
    }

    private String order(boolean paid) throws Exception {
        String orderId = GatewayClient.idOf(merchant.post("/api/v1/orders", "{\"amount\":5000,\"currency\":\"KRW\"}")
                .body());
        probe().send(EventTypes.ORDER_CREATED, orderId, merchant.tenantId, new OrderCreated(orderId, merchant.tenantId,
                5_000, "KRW", null, Map.of(), "PENDING", Instant.now()));
        if (paid) {
            probe().send(EventTypes.ORDER_PAID, orderId, merchant.tenantId,
                    new OrderPaid(orderId, merchant.tenantId, "pay_1", 5_000, "KRW", Instant.now()));
        }
        String status = paid ? "\"PAID\"" : "\"PENDING\"";
        await().atMost(Duration.ofSeconds(15)).until(() -> merchant.get("/api/v1/orders/" + orderId).body()
                .contains(status));
        return orderId;
    }

    @Test
    void completing_a_paid_order_asks_payment_service_and_shows_the_order_completed() throws Exception {
        String orderId = order(true);

        var response = merchant.post("/api/v1/orders/" + orderId + "/complete", "{}", "complete-" + orderId);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        var command = probe().awaitEvent(Topics.ORDER_COMMANDS, orderId, "order.complete", Duration.ofSeconds(10));
        assertThat(command.value()).contains("\"orderId\":\"" + orderId + "\"", "\"commandId\":\"ocm_");
        probe().send(EventTypes.ORDER_COMPLETED, orderId, merchant.tenantId,
                new OrderCompleted(orderId, merchant.tenantId, "ocm_1", Instant.now()));

        await().atMost(Duration.ofSeconds(15)).until(() -> merchant.get("/api/v1/orders/" + orderId).body()
                .contains("\"COMPLETED\""));
        var again = merchant.post("/api/v1/orders/" + orderId + "/complete", "{}", "complete-again-" + orderId);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"status\":\"COMPLETED\"");
        assertThat(probe().eventsWithKey(Topics.ORDER_COMMANDS, orderId).stream()
                .filter(r -> r.value().contains("\"commandId\"")).count()).as("no second command").isOne();
    }

    @Test
    void a_paid_order_whose_money_went_back_shows_cancelled_with_its_cause() throws Exception {
        String orderId = order(true);

        var response = merchant.post("/api/v1/orders/" + orderId + "/cancel", "{\"reason\":\"service failed\"}",
                "cancel-" + orderId);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(response.body()).contains("\"kind\":\"CANCEL\"", "\"status\":\"REQUESTED\"");
        var command = probe().awaitEvent(Topics.ORDER_COMMANDS, orderId, "order.cancel", Duration.ofSeconds(10));
        assertThat(command.value()).contains("\"reason\":\"service failed\"");
        probe().send(EventTypes.ORDER_CANCELED, orderId, merchant.tenantId, new OrderCanceled(orderId,
                merchant.tenantId, null, "order cancelled: service failed", Instant.now(),
                OrderCanceled.Cause.PAYMENT_RETURNED, null));

        await().atMost(Duration.ofSeconds(15)).until(() -> merchant.get("/api/v1/orders/" + orderId).body()
                .contains("\"CANCELED\""));
        assertThat(merchant.get("/api/v1/orders/" + orderId).body())
                .contains("\"cancellation\":{\"cause\":\"PAYMENT_RETURNED\",\"reason\":\"order cancelled: service failed\"}");
    }

    @Test
    void changing_an_order_that_does_not_exist_is_404_and_sends_nothing() throws Exception {
        var response = merchant.post("/api/v1/orders/ord_missing/cancel", "{}", "cancel-missing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"code\":\"RES_001\"");
        assertThat(probe().eventsWithKey(Topics.ORDER_COMMANDS, "ord_missing")).isEmpty();
    }
}
