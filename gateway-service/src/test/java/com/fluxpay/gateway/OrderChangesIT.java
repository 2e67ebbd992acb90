package com.fluxpay.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.client.Json;
import com.fluxpay.client.Order;
import com.fluxpay.client.OrderChange;
import com.fluxpay.client.Requests.NewOrder;
import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.order.CancelOrder;
import com.fluxpay.contracts.order.CompleteOrder;
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

    private Order.Status statusOf(String orderId) {
        return merchant.order(orderId).value().status();
    }

    private String order(boolean paid) throws Exception {
        String orderId = merchant.createOrder(NewOrder.of(5_000, "KRW")).value().id();
        probe().send(EventTypes.ORDER_CREATED, orderId, tenantId, new OrderCreated(orderId, tenantId,
                5_000, "KRW", null, Map.of(), "PENDING", Instant.now()));
        if (paid) {
            probe().send(EventTypes.ORDER_PAID, orderId, tenantId,
                    new OrderPaid(orderId, tenantId, "pay_1", 5_000, "KRW", Instant.now()));
        }
        var status = paid ? Order.Status.PAID : Order.Status.PENDING;
        await().atMost(Duration.ofSeconds(15)).until(() -> statusOf(orderId) == status);
        return orderId;
    }

    @Test
    void completing_a_paid_order_asks_payment_service_and_shows_the_order_completed() throws Exception {
        String orderId = order(true);

        var response = merchant.completeOrder(orderId, "complete-" + orderId);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        var command = probe().awaitEvent(Topics.ORDER_COMMANDS, orderId, "order.complete", Duration.ofSeconds(10));
        var sent = Json.read(command.value(), CompleteOrder.class);
        assertThat(sent.orderId()).isEqualTo(orderId);
        assertThat(sent.commandId()).startsWith("ocm_");
        probe().send(EventTypes.ORDER_COMPLETED, orderId, tenantId,
                new OrderCompleted(orderId, tenantId, "ocm_1", Instant.now()));

        await().atMost(Duration.ofSeconds(15)).until(() -> statusOf(orderId) == Order.Status.COMPLETED);
        var again = merchant.completeOrder(orderId, "complete-again-" + orderId);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.value().status()).isEqualTo(Order.Status.COMPLETED);
        assertThat(probe().eventsWithKey(Topics.ORDER_COMMANDS, orderId).stream()
                .filter(r -> Json.tree(r.value()).has("commandId")).count()).as("no second command").isOne();
    }

    @Test
    void a_paid_order_whose_money_went_back_shows_cancelled_with_its_cause() throws Exception {
        String orderId = order(true);

        var response = merchant.cancelOrder(orderId, "service failed", "cancel-" + orderId);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        var pending = response.as(OrderChange.class).command();
        assertThat(pending.kind()).isEqualTo(OrderChange.Kind.CANCEL);
        assertThat(pending.status()).isEqualTo("REQUESTED");
        var command = probe().awaitEvent(Topics.ORDER_COMMANDS, orderId, "order.cancel", Duration.ofSeconds(10));
        assertThat(Json.read(command.value(), CancelOrder.class).reason()).isEqualTo("service failed");
        probe().send(EventTypes.ORDER_CANCELED, orderId, tenantId, new OrderCanceled(orderId,
                tenantId, null, "order cancelled: service failed", Instant.now(),
                OrderCanceled.Cause.PAYMENT_RETURNED, null));

        await().atMost(Duration.ofSeconds(15)).until(() -> statusOf(orderId) == Order.Status.CANCELED);
        assertThat(merchant.order(orderId).value().cancellation()).isEqualTo(new Order.Cancellation(
                Order.CancelCause.PAYMENT_RETURNED, "order cancelled: service failed"));
    }

    @Test
    void changing_an_order_that_does_not_exist_is_404_and_sends_nothing() throws Exception {
        var response = merchant.cancelOrder("ord_missing", null, "cancel-missing");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.problem().code()).isEqualTo("RES_001");
        assertThat(probe().eventsWithKey(Topics.ORDER_COMMANDS, "ord_missing")).isEmpty();
    }
}
