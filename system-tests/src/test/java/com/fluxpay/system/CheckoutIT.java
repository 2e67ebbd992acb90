package com.fluxpay.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.contracts.Topics;
import com.fluxpay.platform.testing.KafkaProbe;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checkout across the fleet: gateway, payment-service and the sandbox PSP, over HTTP and Kafka. */
class CheckoutIT {

    private static Fleet fleet;
    private static Merchant merchant;

    @BeforeAll
    static void startFleet() throws Exception {
        fleet = Fleet.shared();
        merchant = Merchant.open(fleet, "checkout");
    }

    private static String pay(String orderId, String token) {
        return "{\"orderId\":\"" + orderId + "\",\"paymentMethod\":\"" + token + "\",\"psp\":\"sandbox\"}";
    }

    /** What reached the PSP: charge requests whose body names this payment (the sandbox keeps a journal). */
    private static long chargesAtThePsp(String paymentId) throws Exception {
        var journal = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(fleet.infrastructure().pspUrl() + "/__admin/requests?limit=1000")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return countCharges(journal, paymentId);
    }

    private static long countCharges(String journal, String paymentId) {
        // each logged request is one JSON object; a charge is a POST to /v1/charges whose body names the payment
        long count = 0;
        for (String request : journal.split("\"id\" : \"")) {
            if (request.contains("\"method\" : \"POST\"") && request.contains("\"url\" : \"/v1/charges\"")
                    && request.contains(paymentId)) {
                count++;
            }
        }
        return count;
    }

    @Test
    void an_order_is_paid_captured_and_partly_refunded_across_the_fleet() throws Exception {
        String orderId = merchant.pendingOrder(30_000, "KRW");

        var paid = merchant.post("/api/v1/payments", pay(orderId, "tok_approve"));
        assertThat(paid.statusCode()).as(paid.body()).isIn(201, 202);
        String paymentId = Merchant.idOf(paid.body());
        merchant.await("/api/v1/payments/" + paymentId, "\"CAPTURED\"", Duration.ofSeconds(30));
        merchant.await("/api/v1/orders/" + orderId, "\"PAID\"", Duration.ofSeconds(30));

        var refund = merchant.post("/api/v1/payments/" + paymentId + "/refunds", "{\"amount\":7000,\"reason\":\"returned\"}");
        assertThat(refund.statusCode()).as(refund.body()).isIn(200, 202);
        String payment = merchant.await("/api/v1/payments/" + paymentId, "\"PARTIALLY_REFUNDED\"", Duration.ofSeconds(30));
        assertThat(payment).contains("\"capturedAmount\":30000", "\"refundedAmount\":7000");

        var probe = new KafkaProbe(fleet.infrastructure().kafkaBootstrapServers());
        assertThat(probe.awaitEvent(Topics.PAYMENT_EVENTS, paymentId, "payment.approved", Duration.ofSeconds(10)).value())
                .contains("\"amount\":30000");
        assertThat(probe.awaitEvent(Topics.PAYMENT_EVENTS, paymentId, "payment.refunded", Duration.ofSeconds(10)).value())
                .contains("\"amount\":7000");
        assertThat(probe.awaitEvent(Topics.ORDER_EVENTS, orderId, "order.paid", Duration.ofSeconds(10)).value())
                .contains(paymentId);
        assertThat(chargesAtThePsp(paymentId)).isOne();
    }

    @Test
    void twenty_concurrent_payments_with_one_idempotency_key_charge_the_psp_once() throws Exception {
        String orderId = merchant.pendingOrder(12_000, "KRW");
        String key = UUID.randomUUID().toString();
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(() -> merchant.post("/api/v1/payments", pay(orderId, "tok_approve"), key));
        }
        List<HttpResponse<String>> answers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (var future : pool.invokeAll(calls)) {
                answers.add(future.get());
            }
        }

        var firsts = answers.stream().filter(a -> a.statusCode() != 409
                && a.headers().firstValue("Idempotent-Replayed").isEmpty()).toList();
        assertThat(firsts).hasSize(1);
        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isIn(201, 202, 409));
        answers.stream().filter(a -> a.headers().firstValue("Idempotent-Replayed").isPresent())
                .forEach(replay -> assertThat(replay.body()).isEqualTo(firsts.getFirst().body()));
        String paymentId = Merchant.idOf(firsts.getFirst().body());
        merchant.await("/api/v1/payments/" + paymentId, "\"CAPTURED\"", Duration.ofSeconds(30));
        assertThat(chargesAtThePsp(paymentId)).isOne();
    }

    @Test
    void a_declined_card_fails_the_payment_with_pay_002_and_cancels_the_order() throws Exception {
        String orderId = merchant.pendingOrder(5_000, "USD");

        var declined = merchant.post("/api/v1/payments", pay(orderId, "tok_decline"));
        assertThat(declined.statusCode()).as(declined.body()).isIn(402, 202);
        if (declined.statusCode() == 402) {
            assertThat(declined.body()).contains("\"code\":\"PAY_002\"");
        }
        merchant.await("/api/v1/orders/" + orderId, "\"CANCELED\"", Duration.ofSeconds(30));
    }

    @Test
    void a_fulfilled_order_is_completed_and_can_then_only_be_refunded_not_canceled() throws Exception {
        String orderId = merchant.pendingOrder(4_000, "KRW");
        String paymentId = Merchant.idOf(merchant.post("/api/v1/payments", pay(orderId, "tok_approve")).body());
        merchant.await("/api/v1/orders/" + orderId, "\"PAID\"", Duration.ofSeconds(30));

        var completed = merchant.post("/api/v1/orders/" + orderId + "/complete", "{}");
        assertThat(completed.statusCode()).as(completed.body()).isIn(200, 202);
        merchant.await("/api/v1/orders/" + orderId, "\"COMPLETED\"", Duration.ofSeconds(30));
        var cancel = merchant.post("/api/v1/orders/" + orderId + "/cancel", "{\"reason\":\"too late\"}");

        assertThat(cancel.statusCode()).as(cancel.body()).isIn(409, 202);
        if (cancel.statusCode() == 409) {
            assertThat(cancel.body()).contains("\"code\":\"ORD_004\"", "ALREADY_COMPLETED");
        }
        assertThat(merchant.get("/api/v1/orders/" + orderId)).contains("\"COMPLETED\"");
        assertThat(merchant.get("/api/v1/payments/" + paymentId)).contains("\"CAPTURED\"");
    }

    @Test
    void cancelling_a_paid_order_gives_the_money_back_across_the_fleet_then_cancels_it() throws Exception {
        String orderId = merchant.pendingOrder(9_000, "KRW");
        String paymentId = Merchant.idOf(merchant.post("/api/v1/payments",
                "{\"orderId\":\"" + orderId + "\",\"paymentMethod\":\"tok_approve\",\"psp\":\"sandbox\","
                        + "\"captureMode\":\"MANUAL\"}").body());
        merchant.await("/api/v1/payments/" + paymentId, "\"AUTHORIZED\"", Duration.ofSeconds(30));
        merchant.post("/api/v1/payments/" + paymentId + "/capture", "{\"amount\":2500}");
        merchant.await("/api/v1/payments/" + paymentId, "\"capturedAmount\":2500", Duration.ofSeconds(30));

        var cancel = merchant.post("/api/v1/orders/" + orderId + "/cancel", "{\"reason\":\"service failed\"}");

        assertThat(cancel.statusCode()).as(cancel.body()).isIn(200, 202);
        assertThat(merchant.await("/api/v1/orders/" + orderId, "\"CANCELED\"", Duration.ofSeconds(30)))
                .contains("\"cause\":\"PAYMENT_RETURNED\"");
        assertThat(merchant.await("/api/v1/payments/" + paymentId, "\"REFUNDED\"", Duration.ofSeconds(30)))
                .contains("\"refundedAmount\":2500");
    }
}
