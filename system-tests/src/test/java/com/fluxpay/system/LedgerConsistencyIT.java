package com.fluxpay.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.contracts.payment.PaymentEventTypes;
import com.fluxpay.contracts.payment.PaymentRefunded;
import com.fluxpay.platform.testing.KafkaProbe;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Checkouts and refunds through the gateway; then the ledger must balance and its auditor must agree. */
class LedgerConsistencyIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String ledger(Fleet fleet, String method, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(fleet.url("ledger-service") + path));
        request = "POST".equals(method) ? request.POST(HttpRequest.BodyPublishers.noBody()) : request.GET();
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void checkout(Merchant merchant, long amount, long refund) throws Exception {
        String orderId = merchant.pendingOrder(amount, "KRW");
        String paymentId = Merchant.idOf(merchant.post("/api/v1/payments",
                "{\"orderId\":\"" + orderId + "\",\"paymentMethod\":\"tok_approve\",\"psp\":\"sandbox\"}").body());
        merchant.await("/api/v1/payments/" + paymentId, "\"CAPTURED\"", Duration.ofSeconds(30));
        if (refund > 0) {
            merchant.post("/api/v1/payments/" + paymentId + "/refunds", "{\"amount\":" + refund + "}");
            merchant.await("/api/v1/payments/" + paymentId, "REFUNDED\"", Duration.ofSeconds(30));
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

        String trial = ledger(fleet, "GET", "/actuator/ledger-accounts/" + clean.tenantId);
        assertThat(trial).contains("\"netPerCurrency\":{\"KRW\":0}");
        assertThat(ledger(fleet, "GET", "/actuator/ledger-verification/" + clean.tenantId))
                .contains("\"firstBrokenLink\":null");

        // past the auditor's grace period (10 s), every claim has been compared with the journal
        Thread.sleep(12_000);
        ledger(fleet, "POST", "/actuator/ledger-mismatches");
        String mismatches = ledger(fleet, "GET", "/actuator/ledger-mismatches");
        assertThat(mismatches).doesNotContain(clean.tenantId);
        assertThat(occurrences(mismatches, "\"tenantId\":\"" + broken.tenantId + "\"")).as(mismatches).isOne();
        assertThat(mismatches).contains("\"paymentId\":\"" + orphan + "\"", "\"missingEvent\":\"payment.approved\"");
    }

    private static long occurrences(String text, String fragment) {
        return text.split(java.util.regex.Pattern.quote(fragment), -1).length - 1;
    }
}
