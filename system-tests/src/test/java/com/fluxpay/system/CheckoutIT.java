package com.fluxpay.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.client.Answer;
import com.fluxpay.client.Json;
import com.fluxpay.client.Order;
import com.fluxpay.client.Payment;
import com.fluxpay.client.Requests.PayOrder;
import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.payment.PaymentApproved;
import com.fluxpay.contracts.payment.PaymentRefunded;
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
import java.util.stream.StreamSupport;
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

    private static PayOrder pay(String orderId, String token) {
        return PayOrder.of(orderId, token, "sandbox");
    }

    /** What reached the PSP: charge requests whose body names this payment (the sandbox keeps a journal). */
    private static long chargesAtThePsp(String paymentId) throws Exception {
        var journal = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(fleet.infrastructure().pspUrl() + "/__admin/requests?limit=1000")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return countCharges(journal, paymentId);
    }

    private static long countCharges(String journal, String paymentId) {
        // WireMock's journal: {"requests": [{"id", "request": {"method", "url", "body", ...}, ...}, ...]}; a charge is
        // a POST to /v1/charges whose logged request names the payment
        return StreamSupport.stream(Json.tree(journal).path("requests").spliterator(), false)
                .filter(logged -> logged.path("request").path("method").asText().equals("POST")
                        && logged.path("request").path("url").asText().equals("/v1/charges")
                        && logged.toString().contains(paymentId))
                .count();
    }

    @Test
    void an_order_is_paid_captured_and_partly_refunded_across_the_fleet() throws Exception {
        String orderId = merchant.pendingOrder(30_000, "KRW");

        var paid = merchant.api.pay(pay(orderId, "tok_approve"));
        assertThat(paid.status()).as(paid.body()).isIn(201, 202);
        String paymentId = paid.value().id();
        merchant.awaitPayment(paymentId, Payment.Status.CAPTURED);
        merchant.awaitOrder(orderId, Order.Status.PAID);

        var refund = merchant.api.refund(paymentId, 7_000L, "returned");
        assertThat(refund.status()).as(refund.body()).isIn(200, 202);
        var payment = merchant.awaitPayment(paymentId, Payment.Status.PARTIALLY_REFUNDED);
        assertThat(payment.capturedAmount()).isEqualTo(30_000);
        assertThat(payment.refundedAmount()).isEqualTo(7_000);

        var probe = new KafkaProbe(fleet.infrastructure().kafkaBootstrapServers());
        var approved = Json.read(probe.awaitEvent(Topics.PAYMENT_EVENTS, paymentId, "payment.approved",
                Duration.ofSeconds(10)).value(), PaymentApproved.class);
        assertThat(approved.amount()).isEqualTo(30_000);
        var refunded = Json.read(probe.awaitEvent(Topics.PAYMENT_EVENTS, paymentId, "payment.refunded",
                Duration.ofSeconds(10)).value(), PaymentRefunded.class);
        assertThat(refunded.amount()).isEqualTo(7_000);
        var orderPaid = Json.read(probe.awaitEvent(Topics.ORDER_EVENTS, orderId, "order.paid",
                Duration.ofSeconds(10)).value(), EventTypes.ORDER_PAID.payloadType());
        assertThat(orderPaid.paymentId()).isEqualTo(paymentId);
        assertThat(chargesAtThePsp(paymentId)).isOne();
    }

    @Test
    void twenty_concurrent_payments_with_one_idempotency_key_charge_the_psp_once() throws Exception {
        String orderId = merchant.pendingOrder(12_000, "KRW");
        String key = UUID.randomUUID().toString();
        List<Callable<Answer<Payment>>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(() -> merchant.api.pay(pay(orderId, "tok_approve"), key));
        }
        List<Answer<Payment>> answers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (var future : pool.invokeAll(calls)) {
                answers.add(future.get());
            }
        }

        var firsts = answers.stream().filter(a -> a.status() != 409
                && a.header("Idempotent-Replayed").isEmpty()).toList();
        assertThat(firsts).hasSize(1);
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).isIn(201, 202, 409));
        answers.stream().filter(a -> a.header("Idempotent-Replayed").isPresent())
                .forEach(replay -> assertThat(replay.body()).isEqualTo(firsts.getFirst().body()));
        String paymentId = firsts.getFirst().value().id();
        merchant.awaitPayment(paymentId, Payment.Status.CAPTURED);
        assertThat(chargesAtThePsp(paymentId)).isOne();
    }

    @Test
    void a_declined_card_fails_the_payment_with_pay_002_and_cancels_the_order() throws Exception {
        String orderId = merchant.pendingOrder(5_000, "USD");

        var declined = merchant.api.pay(pay(orderId, "tok_decline"));
        assertThat(declined.status()).as(declined.body()).isIn(402, 202);
        if (declined.status() == 402) {
            assertThat(declined.problem().code()).isEqualTo("PAY_002");
        }
        merchant.awaitOrder(orderId, Order.Status.CANCELED);
    }

    @Test
    void a_fulfilled_order_is_completed_and_can_then_only_be_refunded_not_canceled() throws Exception {
        String orderId = merchant.pendingOrder(4_000, "KRW");
        String paymentId = merchant.api.pay(pay(orderId, "tok_approve")).value().id();
        merchant.awaitOrder(orderId, Order.Status.PAID);

        var completed = merchant.api.completeOrder(orderId, null);
        assertThat(completed.status()).as(completed.body()).isIn(200, 202);
        merchant.awaitOrder(orderId, Order.Status.COMPLETED);
        var cancel = merchant.api.cancelOrder(orderId, "too late", null);

        assertThat(cancel.status()).as(cancel.body()).isIn(409, 202);
        if (cancel.status() == 409) {
            assertThat(cancel.problem().code()).isEqualTo("ORD_004");
            assertThat(cancel.problem().detail()).contains("ALREADY_COMPLETED");
        }
        assertThat(merchant.api.order(orderId).value().status()).isEqualTo(Order.Status.COMPLETED);
        assertThat(merchant.api.payment(paymentId).value().status()).isEqualTo(Payment.Status.CAPTURED);
    }

    @Test
    void cancelling_a_paid_order_gives_the_money_back_across_the_fleet_then_cancels_it() throws Exception {
        String orderId = merchant.pendingOrder(9_000, "KRW");
        String paymentId = merchant.api.pay(pay(orderId, "tok_approve").capturedManually()).value().id();
        merchant.awaitPayment(paymentId, Payment.Status.AUTHORIZED);
        merchant.api.capture(paymentId, 2_500L);
        merchant.awaitPayment(paymentId, payment -> payment.capturedAmount() == 2_500);

        var cancel = merchant.api.cancelOrder(orderId, "service failed", null);

        assertThat(cancel.status()).as(cancel.body()).isIn(200, 202);
        assertThat(merchant.awaitOrder(orderId, Order.Status.CANCELED).cancellation().cause())
                .isEqualTo(Order.CancelCause.PAYMENT_RETURNED);
        assertThat(merchant.awaitPayment(paymentId, Payment.Status.REFUNDED).refundedAmount()).isEqualTo(2_500);
    }
}
