package com.fluxpay.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.contracts.ledger.LedgerEntryPosted;
import com.fluxpay.contracts.ledger.LedgerEntryPosted.Posting;
import com.fluxpay.contracts.ledger.LedgerEventTypes;
import com.fluxpay.platform.testing.KafkaProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Ledger queries through the gateway; this test plays ledger-service publishing booked entries. */
class LedgerQueriesIT extends GatewayIntegrationTest {

    private void booked(long sequence, long amount, long clearingAfter, Instant recordedAt) {
        new KafkaProbe(kafka).send(LedgerEventTypes.ENTRY_POSTED, merchant.tenantId, merchant.tenantId,
                new LedgerEntryPosted(merchant.tenantId, sequence, UUID.randomUUID().toString(), "pay_" + sequence,
                        "CAPTURE", List.of(
                                new Posting("PSP_CLEARING", "ASSET", "KRW", "DEBIT", amount, clearingAfter),
                                new Posting("MERCHANT_PAYABLE", "LIABILITY", "KRW", "CREDIT", amount, clearingAfter)),
                        recordedAt, recordedAt, "hash" + sequence));
    }

    @Test
    void balances_now_and_as_of_a_time_statements_and_the_trial_balance_follow_the_booked_entries() throws Exception {
        Instant first = Instant.parse("2026-11-20T10:00:00Z");
        booked(1, 15_000, 15_000, first);
        booked(2, 5_000, 20_000, first.plusSeconds(3600));
        String balance = "/api/v1/ledger/accounts/PSP_CLEARING/KRW/balance";
        await().atMost(Duration.ofSeconds(15)).until(() -> merchant.get(balance).body().contains("\"balance\":20000"));

        assertThat(merchant.get(balance + "?asOf=2026-11-20T10:30:00Z").body()).contains("\"balance\":15000");
        assertThat(merchant.get(balance + "?asOf=2026-11-19T00:00:00Z").body()).contains("\"balance\":0");
        var page = merchant.get("/api/v1/ledger/accounts/PSP_CLEARING/KRW/entries?limit=1").body();
        assertThat(page).contains("\"sequence\":2", "\"hasMore\":true");
        assertThat(merchant.get("/api/v1/ledger/trial-balance").body()).contains("\"balanced\":true",
                "\"KRW\":{\"debitNormal\":20000,\"creditNormal\":20000}");
        assertThat(GatewayClient.forNewTenant(port, "other").get(balance).body()).contains("\"balance\":0");
    }
}
