package com.fluxpay.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.payment.CaptureMode;
import com.fluxpay.contracts.payment.ConfirmPayment;
import com.fluxpay.contracts.payment.PaymentEventTypes;
import com.fluxpay.platform.event.CloudEventHeaders;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A confirm refused before any PSP was asked says so: its payment.failed carries PAY_003 or PAY_004 (PAY_007
 * without a connector) and a reason naming what the order said, never PAY_002 or a decline's reason.
 */
class ConfirmRefusalsIT extends PaymentServiceScenario {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Regression: 20 concurrent POST /payments for one order gave seven 402 "The PSP did not approve the
     * payment: ORDER_MISMATCH" at the gateway. payment-service had refused them (no PSP asked) with one vague
     * reason, ORDER_MISMATCH, and called the order already paid PAY_004 and the one still being charged PAY_003.
     */
    @Test
    void concurrent_confirms_for_one_order_are_refused_as_paid_or_in_progress_never_as_declined()
            throws Exception {
        var checkout = new Checkout(probe, 3_700).opened();
        var paymentIds = IntStream.range(0, 20).mapToObj(i -> "pay_" + UUID.randomUUID()).toList();

        confirmAllAtOnce(checkout, paymentIds);

        var outcomes = awaitOutcomes(paymentIds);
        var approved = outcomes.entrySet().stream().filter(e -> e.getValue().type().equals("payment.approved"))
                .map(Map.Entry::getKey).toList();
        assertThat(approved).hasSize(1);
        var refused = outcomes.entrySet().stream().filter(e -> !approved.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        assertThat(refused).hasSize(19).allSatisfy(outcome -> {
            assertThat(outcome.type()).isEqualTo("payment.failed");
            assertThat(outcome.code()).isIn("PAY_003", "PAY_004");
            if (outcome.code().equals("PAY_003")) {
                assertThat(outcome.reason()).startsWith("ORDER_ALREADY_PAID: ");
            } else {
                assertThat(outcome.reason()).startsWith("PAYMENT_IN_PROGRESS: ");
            }
            assertThat(outcome.reason()).endsWith("; no PSP was asked").doesNotContain("DECLINED", "ORDER_MISMATCH");
        });
        assertThat(paymentIds.stream().filter(id -> !approved.contains(id)).mapToInt(SandboxPsp::chargesFor).sum())
                .isZero();
        assertThat(SandboxPsp.chargesFor(approved.getFirst())).isOne();
        assertThat(rows.orderStatus(checkout)).isEqualTo("PAID");
    }

    @Test
    void a_confirm_for_an_order_already_paid_is_refused_PAY_003_already_paid() throws Exception {
        var checkout = new Checkout(probe, 3_800).approved(CaptureMode.AUTOMATIC);
        String second = "pay_" + UUID.randomUUID();

        probe.send(PaymentEventTypes.CONFIRM, second, Checkout.TENANT, confirmation(checkout, second, null));

        var failed = failure(second);
        assertThat(failed.path("code").asText()).isEqualTo("PAY_003");
        assertThat(failed.path("reason").asText())
                .isEqualTo("ORDER_ALREADY_PAID: the order is already paid by another payment; no PSP was asked");
        assertThat(SandboxPsp.chargesFor(second)).isZero();
    }

    @Test
    void a_confirm_while_the_orders_payment_is_still_unknown_is_refused_PAY_004_in_progress() throws Exception {
        var checkout = new Checkout(probe, 3_900).opened();
        checkout.confirm("tok_timeout", CaptureMode.AUTOMATIC);
        rows.awaitState(checkout, "UNKNOWN");
        String second = "pay_" + UUID.randomUUID();

        probe.send(PaymentEventTypes.CONFIRM, second, Checkout.TENANT, confirmation(checkout, second, null));

        var failed = failure(second);
        assertThat(failed.path("code").asText()).isEqualTo("PAY_004");
        assertThat(failed.path("reason").asText()).isEqualTo(
                "PAYMENT_IN_PROGRESS: another payment of this order is being charged or reconciled; no PSP was asked");
        assertThat(SandboxPsp.chargesFor(second)).isZero();
        assertThat(rows.orderStatus(checkout)).isEqualTo("PENDING");
    }

    @Test
    void a_confirm_for_another_tenants_order_is_refused_PAY_004_as_an_unknown_order() throws Exception {
        var checkout = new Checkout(probe, 4_100, "tenant-b").opened();

        probe.send(PaymentEventTypes.CONFIRM, checkout.paymentId, Checkout.TENANT,
                confirmation(checkout, checkout.paymentId, null));

        var failed = failure(checkout.paymentId);
        assertThat(failed.path("code").asText()).isEqualTo("PAY_004");
        assertThat(failed.path("reason").asText()).startsWith("ORDER_NOT_FOUND: ");
        assertThat(rows.orderStatus(checkout)).isEqualTo("PENDING");
    }

    @Test
    void a_confirm_naming_a_psp_without_a_connector_is_refused_PAY_007_before_any_psp() throws Exception {
        var checkout = new Checkout(probe, 4_200).opened();

        probe.send(PaymentEventTypes.CONFIRM, checkout.paymentId, Checkout.TENANT,
                confirmation(checkout, checkout.paymentId, "no-such-psp"));

        var failed = failure(checkout.paymentId);
        assertThat(failed.path("code").asText()).isEqualTo("PAY_007");
        assertThat(failed.path("reason").asText()).startsWith("NO_ROUTE_TO_PSP: ").endsWith("; no PSP was asked");
        assertThat(checkout.chargesAtPsp()).isZero();
    }

    record Outcome(String type, String code, String reason) {
    }

    private void confirmAllAtOnce(Checkout checkout, List<String> paymentIds) throws Exception {
        var start = new CountDownLatch(1);
        try (var senders = Executors.newFixedThreadPool(paymentIds.size())) {
            var sent = paymentIds.stream().map(id -> CompletableFuture.runAsync(() -> {
                awaitQuietly(start);
                probe.send(PaymentEventTypes.CONFIRM, id, Checkout.TENANT,
                        new ConfirmPayment(id, checkout.orderId, Checkout.TENANT, checkout.amount, "KRW", null,
                                "tok_approve", CaptureMode.AUTOMATIC, Map.of()));
            }, senders)).toArray(CompletableFuture[]::new);
            start.countDown();
            CompletableFuture.allOf(sent).get();
        }
    }

    /** The first payment event of each payment, once every one has one (one read of the topic per look). */
    private Map<String, Outcome> awaitOutcomes(List<String> paymentIds) {
        var outcomes = new HashMap<String, Outcome>();
        Set<String> settled = Set.of("payment.approved", "payment.failed");
        await().atMost(Checkout.WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
            outcomes.clear();
            for (var record : probe.readAll(Topics.PAYMENT_EVENTS)) {
                String type = CloudEventHeaders.optional(record.headers(), CloudEventHeaders.TYPE, null);
                if (paymentIds.contains(record.key()) && settled.contains(type)) {
                    var payload = JSON.readTree(record.value());
                    outcomes.putIfAbsent(record.key(),
                            new Outcome(type, payload.path("code").asText(null), payload.path("reason").asText(null)));
                }
            }
            return outcomes.size() == paymentIds.size();
        });
        return outcomes;
    }

    private JsonNode failure(String paymentId) throws Exception {
        return JSON.readTree(probe.awaitEvent(Topics.PAYMENT_EVENTS, paymentId, "payment.failed", Checkout.WAIT)
                .value());
    }

    private static ConfirmPayment confirmation(Checkout checkout, String paymentId, String psp) {
        return new ConfirmPayment(paymentId, checkout.orderId, Checkout.TENANT, checkout.amount, "KRW", psp,
                "tok_approve", CaptureMode.AUTOMATIC, Map.of());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
