package com.fluxpay.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.order.OrderCreated;
import com.fluxpay.contracts.order.OrderPaid;
import com.fluxpay.contracts.payment.CaptureMode;
import com.fluxpay.contracts.payment.PaymentApproved;
import com.fluxpay.contracts.payment.PaymentEventTypes;
import com.fluxpay.contracts.payment.PaymentRefunded;
import com.fluxpay.platform.testing.KafkaProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The payment API through the gateway alone: this test plays payment-service's part on Kafka. */
class PaymentApiIT extends GatewayIntegrationTest {

    private static final Pattern REFUND_ID = Pattern.compile("\"id\":\"(ref_[^\"]+)\"");

    private KafkaProbe probe() {
        return new KafkaProbe(kafka);
    }

    private String pendingOrder(long amount) throws Exception {
        String orderId = GatewayClient.idOf(merchant.post("/api/v1/orders",
                "{\"amount\":" + amount + ",\"currency\":\"KRW\"}").body());
        probe().send(EventTypes.ORDER_CREATED, orderId, merchant.tenantId, new OrderCreated(orderId, merchant.tenantId,
                amount, "KRW", null, Map.of(), "PENDING", Instant.now()));
        await().atMost(Duration.ofSeconds(15)).until(() -> merchant.get("/api/v1/orders/" + orderId).body()
                .contains("\"PENDING\""));
        return orderId;
    }

    private String approvedPayment(String orderId, long amount) throws Exception {
        var response = merchant.post("/api/v1/payments",
                "{\"orderId\":\"" + orderId + "\",\"paymentMethod\":\"tok_approve\",\"psp\":\"sandbox\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String paymentId = GatewayClient.idOf(response.body());
        probe().send(PaymentEventTypes.APPROVED, paymentId, merchant.tenantId, new PaymentApproved(paymentId, orderId,
                merchant.tenantId, amount, "KRW", "sandbox", "ch_1", CaptureMode.AUTOMATIC, amount, Instant.now()));
        await().atMost(Duration.ofSeconds(15)).until(() -> merchant.get("/api/v1/payments/" + paymentId).body()
                .contains("\"CAPTURED\""));
        return paymentId;
    }

    @Test
    void paying_an_order_sends_its_own_amount_to_payment_service_and_shows_the_approval() throws Exception {
        String orderId = pendingOrder(15_000);
        String paymentId = approvedPayment(orderId, 15_000);

        var command = probe().awaitEvent(Topics.PAYMENT_COMMANDS, paymentId, "payment.confirm", Duration.ofSeconds(10));
        assertThat(command.value()).contains("\"amount\":15000", "\"currency\":\"KRW\"", "\"paymentMethod\":\"tok_approve\"",
                "\"orderId\":\"" + orderId + "\"");
        assertThat(merchant.get("/api/v1/payments/" + paymentId).body()).contains("\"capturedAmount\":15000");
    }

    @Test
    void a_paid_order_cannot_be_paid_again() throws Exception {
        String orderId = pendingOrder(700);
        probe().send(EventTypes.ORDER_PAID, orderId, merchant.tenantId,
                new OrderPaid(orderId, merchant.tenantId, "pay_x", 700, "KRW", Instant.now()));
        await().atMost(Duration.ofSeconds(15)).until(() -> merchant.get("/api/v1/orders/" + orderId).body()
                .contains("\"PAID\""));

        var again = merchant.post("/api/v1/payments", "{\"orderId\":\"" + orderId + "\",\"paymentMethod\":\"tok_approve\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("\"code\":\"PAY_003\"");
    }

    @Test
    void an_unknown_order_or_a_bad_request_changes_nothing() throws Exception {
        assertThat(merchant.post("/api/v1/payments", "{\"orderId\":\"ord_nope\",\"paymentMethod\":\"tok_approve\"}")
                .statusCode()).isEqualTo(404);
        var invalid = merchant.post("/api/v1/payments", "{\"orderId\":\"ord_nope\",\"psp\":\"paypal\",\"captureMode\":\"LATER\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"field\":\"paymentMethod\"", "\"field\":\"psp\"", "\"field\":\"captureMode\"");
    }

    @Test
    void a_partial_refund_goes_to_payment_service_and_shows_on_the_payment() throws Exception {
        String paymentId = approvedPayment(pendingOrder(10_000), 10_000);

        var response = merchant.post("/api/v1/payments/" + paymentId + "/refunds", "{\"amount\":2500,\"reason\":\"damaged\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        Matcher refund = REFUND_ID.matcher(response.body());
        assertThat(refund.find()).isTrue();
        var command = probe().awaitEvent(Topics.PAYMENT_COMMANDS, paymentId, "payment.refund", Duration.ofSeconds(10));
        assertThat(command.value()).contains("\"amount\":2500", "\"refundId\":\"" + refund.group(1) + "\"");

        probe().send(PaymentEventTypes.REFUNDED, paymentId, merchant.tenantId, new PaymentRefunded(paymentId,
                refund.group(1), "ord", merchant.tenantId, 2500, 2500, "KRW", Instant.now()));
        await().atMost(Duration.ofSeconds(15)).until(() -> merchant.get("/api/v1/payments/" + paymentId).body()
                .contains("\"PARTIALLY_REFUNDED\""));
        assertThat(merchant.get("/api/v1/payments/" + paymentId).body()).contains("\"refundedAmount\":2500");
    }

    @Test
    void another_tenants_payment_does_not_exist_for_the_caller() throws Exception {
        String paymentId = approvedPayment(pendingOrder(300), 300);

        assertThat(GatewayClient.forNewTenant(port, "stranger").get("/api/v1/payments/" + paymentId).statusCode())
                .isEqualTo(404);
    }
}
