package com.fluxpay.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fluxpay.client.Json;
import com.fluxpay.client.Payment;
import com.fluxpay.client.Requests.PayOrder;
import com.fluxpay.contracts.payment.PaymentEventTypes;
import com.fluxpay.contracts.payment.PaymentRefunded;
import com.fluxpay.platform.testing.KafkaProbe;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Checkouts and refunds through the gateway; then the ledger must balance and its auditor must agree. */
class LedgerConsistencyIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** An operator endpoint of ledger-service (not the gateway's API: read as a tree). */
    private static JsonNode ledger(Fleet fleet, String method, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(fleet.url("ledger-service") + path));
        request = "POST".equals(method) ? request.POST(HttpRequest.BodyPublishers.noBody()) : request.GET();
        return Json.tree(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static void checkout(Merchant merchant, long amount, long refund) throws Exception {
        String orderId = merchant.pendingOrder(amount, "KRW");
        String paymentId = merchant.api.pay(PayOrder.of(orderId, "tok_approve", "sandbox")).value().id();
        merchant.awaitPayment(paymentId, Payment.Status.CAPTURED);
        if (refund > 0) {
            merchant.api.refund(paymentId, refund, null);
            merchant.awaitPayment(paymentId, payment -> payment.refundedAmount() == refund && List.of(
                    Payment.Status.REFUNDED, Payment.Status.PARTIALLY_REFUNDED).contains(payment.status()));
        }
    }

    @Test
    void the_ledger_balances_and_the_auditor_flags_exactly_the_payment_whose_approval_was_removed() throws Exception {
        var fleet = Fleet.shared();
        var clean = Merchant.open(fleet, "ledger clean");
        var broken = Merchant.open(fleet, "ledger broken");
        // a refund whose approval never reached the ledger: the event "removed on purpose"
        String orphan = "pay_orphan_" + System.nanoTime();
        new KafkaProbe(fleet.infrastructure().kafkaBootstrapServers()).send(PaymentEventTypes.REFUNDED, orphan,
                broken.tenantId, new PaymentRefunded(orphan, "ref_orphan", "ord_orphan", broken.tenantId, 1_000, 1_000,
                        "KRW", Instant.now()));
        checkout(clean, 20_000, 5_000);
        checkout(clean, 8_000, 0);
        checkout(clean, 3_000, 3_000);

        var trial = ledger(fleet, "GET", "/actuator/ledger-accounts/" + clean.tenantId);
        assertThat(trial.path("netPerCurrency").properties()).singleElement().satisfies(net -> {
            assertThat(net.getKey()).isEqualTo("KRW");
            assertThat(net.getValue().isIntegralNumber()).isTrue();
            assertThat(net.getValue().longValue()).isZero();
        });
        var chain = ledger(fleet, "GET", "/actuator/ledger-verification/" + clean.tenantId);
        assertThat(chain.has("firstBrokenLink")).isTrue();
        assertThat(chain.get("firstBrokenLink").isNull()).isTrue();

        // past the auditor's grace period (10 s), every claim has been compared with the journal
        Thread.sleep(12_000);
        ledger(fleet, "POST", "/actuator/ledger-mismatches");
        var answer = ledger(fleet, "GET", "/actuator/ledger-mismatches");
        // {"open": n, "mismatches": [{"mismatchId": ..., "mismatch": {"paymentId", "tenantId", "missingEvent", ...}}]}
        List<JsonNode> open = StreamSupport.stream(answer.path("mismatches").spliterator(), false)
                .map(entry -> entry.path("mismatch")).toList();
        assertThat(answer.toString()).doesNotContain(clean.tenantId);
        assertThat(open).filteredOn(mismatch -> mismatch.path("tenantId").asText().equals(broken.tenantId))
                .as(answer.toString()).singleElement().satisfies(mismatch -> {
                    assertThat(mismatch.path("paymentId").asText()).isEqualTo(orphan);
                    assertThat(mismatch.path("missingEvent").asText()).isEqualTo("payment.approved");
                });
    }
}
