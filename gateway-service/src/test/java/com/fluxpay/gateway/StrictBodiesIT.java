package com.fluxpay.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.client.Order;
import com.fluxpay.client.Payment;
import com.fluxpay.client.Requests.NewOrder;
import com.fluxpay.client.Requests.PayOrder;
import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.order.OrderCreated;
import com.fluxpay.contracts.payment.CaptureMode;
import com.fluxpay.contracts.payment.PaymentApproved;
import com.fluxpay.contracts.payment.PaymentEventTypes;
import com.fluxpay.contracts.payment.PaymentStatus;
import com.fluxpay.platform.testing.KafkaProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Request bodies are read strictly (issue 14's hostile tries): a misspelled field refunded everything, 1.5 made
 * an order of 1, "15000 " one of 15000, and a key given twice answered 500. Each is now 400 REQ_002 and nothing
 * is sent.
 */
class StrictBodiesIT extends GatewayIntegrationTest {

    private KafkaProbe probe() {
        return new KafkaProbe(kafka);
    }

    @Test
    void a_refund_with_a_misspelled_amount_is_refused_and_refunds_nothing() {
        String orderId = merchant.createOrder(NewOrder.of(15_000, "KRW")).value().id();
        probe().send(EventTypes.ORDER_CREATED, orderId, tenantId, new OrderCreated(orderId, tenantId, 15_000, "KRW",
                null, Map.of(), "PENDING", Instant.now(), 1));
        await().atMost(Duration.ofSeconds(15)).until(() -> merchant.order(orderId).value().status()
                == Order.Status.PENDING);
        String paymentId = merchant.pay(PayOrder.of(orderId, "tok_approve", "sandbox")).value().id();
        probe().send(PaymentEventTypes.APPROVED, paymentId, tenantId, new PaymentApproved(paymentId, orderId,
                tenantId, 15_000, "KRW", "sandbox", "ch_1", CaptureMode.AUTOMATIC, 15_000, Instant.now(),
                PaymentStatus.CAPTURED, 2));
        await().atMost(Duration.ofSeconds(15)).until(() -> merchant.payment(paymentId).value().status()
                == Payment.Status.CAPTURED);

        var refused = merchant.postRaw("/api/v1/payments/" + paymentId + "/refunds", "{\"amout\":100}",
                UUID.randomUUID().toString());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problem().code()).isEqualTo("REQ_002");
        assertThat(refused.problem().errors()).extracting(error -> error.field()).containsExactly("amout");
        assertThat(probe().eventsWithKey(Topics.PAYMENT_COMMANDS, paymentId))
                .noneMatch(command -> new String(command.headers().lastHeader("ce_type").value()).equals("payment.refund"));
        assertThat(merchant.payment(paymentId).value().refundedAmount()).isZero();
    }

    @Test
    void an_amount_that_is_not_a_whole_number_of_minor_units_is_refused() {
        for (String body : new String[] {"{\"amount\":1.5,\"currency\":\"KRW\"}",
                "{\"amount\":\"15000 \",\"currency\":\"KRW\"}", "{\"amount\":15000,\"currency\":\"KRW\",\"amount\":{}}",
                "{\"amount\":15000,\"currency\":\"KRW\"} trailing"}) {
            var refused = merchant.postRaw("/api/v1/orders", body, UUID.randomUUID().toString());
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.problem().code()).as(body).isIn("REQ_001", "REQ_002");
        }
        assertThat(merchant.orders(null, null).value().data()).isEmpty();
    }
}
