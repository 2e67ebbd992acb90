package com.fluxpay.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.client.GatewayClient;
import com.fluxpay.client.Json;
import com.fluxpay.client.Order;
import com.fluxpay.client.Payment;
import com.fluxpay.client.PaymentCommand;
import com.fluxpay.client.Requests.NewOrder;
import com.fluxpay.client.Requests.PayOrder;
import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.order.OrderCreated;
import com.fluxpay.contracts.order.OrderPaid;
import com.fluxpay.contracts.payment.CaptureMode;
import com.fluxpay.contracts.payment.ConfirmPayment;
import com.fluxpay.contracts.payment.PaymentApproved;
import com.fluxpay.contracts.payment.PaymentEventTypes;
import com.fluxpay.contracts.payment.PaymentRefunded;
import com.fluxpay.contracts.payment.RefundPayment;
import com.fluxpay.platform.testing.KafkaProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** The payment API through the gateway alone: this test plays payment-service's part on Kafka. */
class PaymentApiIT extends GatewayIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StringRedisTemplate redis;

    private KafkaProbe probe() {
        return new KafkaProbe(kafka);
    }

    private String pendingOrder(long amount) throws Exception {
        String orderId = merchant.createOrder(NewOrder.of(amount, "KRW")).value().id();
        probe().send(EventTypes.ORDER_CREATED, orderId, tenantId, new OrderCreated(orderId, tenantId,
                amount, "KRW", null, Map.of(), "PENDING", Instant.now()));
        await().atMost(Duration.ofSeconds(15)).until(() -> merchant.order(orderId).value().status()
                == Order.Status.PENDING);
        return orderId;
    }

    private String approvedPayment(String orderId, long amount) throws Exception {
        var response = merchant.pay(PayOrder.of(orderId, "tok_approve", "sandbox"));
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        String paymentId = response.value().id();
        probe().send(PaymentEventTypes.APPROVED, paymentId, tenantId, new PaymentApproved(paymentId, orderId,
                tenantId, amount, "KRW", "sandbox", "ch_1", CaptureMode.AUTOMATIC, amount, Instant.now()));
        await().atMost(Duration.ofSeconds(15)).until(() -> merchant.payment(paymentId).value().status()
                == Payment.Status.CAPTURED);
        return paymentId;
    }

    @Test
    void paying_an_order_sends_its_own_amount_to_payment_service_and_shows_the_approval() throws Exception {
        String orderId = pendingOrder(15_000);
        String paymentId = approvedPayment(orderId, 15_000);

        var command = probe().awaitEvent(Topics.PAYMENT_COMMANDS, paymentId, "payment.confirm", Duration.ofSeconds(10));
        var sent = Json.read(command.value(), ConfirmPayment.class);
        assertThat(sent.amount()).isEqualTo(15_000);
        assertThat(sent.currency()).isEqualTo("KRW");
        assertThat(sent.paymentMethod()).isEqualTo("tok_approve");
        assertThat(sent.orderId()).isEqualTo(orderId);
        assertThat(merchant.payment(paymentId).value().capturedAmount()).isEqualTo(15_000);
    }

    @Test
    void a_paid_order_cannot_be_paid_again() throws Exception {
        String orderId = pendingOrder(700);
        probe().send(EventTypes.ORDER_PAID, orderId, tenantId,
                new OrderPaid(orderId, tenantId, "pay_x", 700, "KRW", Instant.now()));
        await().atMost(Duration.ofSeconds(15)).until(() -> merchant.order(orderId).value().status()
                == Order.Status.PAID);

        var again = merchant.pay(PayOrder.of(orderId, "tok_approve", null));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problem().code()).isEqualTo("PAY_003");
    }

    @Test
    void an_unknown_order_or_a_bad_request_changes_nothing() throws Exception {
        assertThat(merchant.pay(PayOrder.of("ord_nope", "tok_approve", null)).status()).isEqualTo(404);
        var invalid = merchant.pay(new PayOrder("ord_nope", null, "paypal", "LATER", null));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.problem().fields()).contains("paymentMethod", "psp", "captureMode");
    }

    @Test
    void a_partial_refund_goes_to_payment_service_and_shows_on_the_payment() throws Exception {
        String paymentId = approvedPayment(pendingOrder(10_000), 10_000);

        var response = merchant.refund(paymentId, 2_500L, "damaged");
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        var refund = response.as(PaymentCommand.class);
        assertThat(refund.id()).startsWith("ref_");
        assertThat(refund.kind()).isEqualTo(PaymentCommand.Kind.REFUND);
        var command = probe().awaitEvent(Topics.PAYMENT_COMMANDS, paymentId, "payment.refund", Duration.ofSeconds(10));
        var sent = Json.read(command.value(), RefundPayment.class);
        assertThat(sent.amount()).isEqualTo(2_500);
        assertThat(sent.refundId()).isEqualTo(refund.id());

        probe().send(PaymentEventTypes.REFUNDED, paymentId, tenantId, new PaymentRefunded(paymentId,
                refund.id(), "ord", tenantId, 2500, 2500, "KRW", Instant.now()));
        await().atMost(Duration.ofSeconds(15)).until(() -> merchant.payment(paymentId).value().status()
                == Payment.Status.PARTIALLY_REFUNDED);
        assertThat(merchant.payment(paymentId).value().refundedAmount()).isEqualTo(2_500);
    }

    @Test
    void another_tenants_payment_does_not_exist_for_the_caller() throws Exception {
        String paymentId = approvedPayment(pendingOrder(300), 300);

        GatewayClient stranger = anotherTenant("stranger");
        assertThat(stranger.payment(paymentId).status()).isEqualTo(404);
    }

    @Test
    void a_retry_after_the_gateway_died_mid_request_answers_with_the_payment_its_first_attempt_made() throws Exception {
        String orderId = pendingOrder(15_000);
        String key = "crash-" + UUID.randomUUID();
        String paymentId = merchant.pay(PayOrder.of(orderId, "tok_approve", "sandbox"), key).value().id();
        probe().send(PaymentEventTypes.APPROVED, paymentId, tenantId, new PaymentApproved(paymentId, orderId,
                tenantId, 15_000, "KRW", "sandbox", "ch_1", CaptureMode.AUTOMATIC, 15_000, Instant.now()));
        probe().send(EventTypes.ORDER_PAID, orderId, tenantId,
                new OrderPaid(orderId, tenantId, paymentId, 15_000, "KRW", Instant.now()));
        await().atMost(Duration.ofSeconds(15)).until(() -> merchant.order(orderId).value().status()
                == Order.Status.PAID);
        gatewayDiedBeforeAnswering(key);

        var retry = merchant.pay(PayOrder.of(orderId, "tok_approve", "sandbox"), key);

        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        assertThat(retry.value().id()).isEqualTo(paymentId);
        assertThat(retry.value().status()).isEqualTo(Payment.Status.CAPTURED);
    }

    /** What a gateway killed mid-request leaves: its claim on the key, unanswered, its lease run out. */
    private void gatewayDiedBeforeAnswering(String key) {
        jdbc.update("""
                UPDATE idempotency_record SET state = 'IN_FLIGHT', response_status = NULL, response_body = NULL,
                       content_type = NULL, location = NULL, locked_until = now() - interval '1 second'
                 WHERE tenant_id = ? AND idempotency_key = ?""", tenantId, key);
        redis.delete(redis.keys("fp:idem:" + tenantId + ":*"));
    }
}
