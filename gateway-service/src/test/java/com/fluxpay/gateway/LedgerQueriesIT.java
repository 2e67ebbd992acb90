package com.fluxpay.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.client.Ledger;
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
        new KafkaProbe(kafka).send(LedgerEventTypes.ENTRY_POSTED, tenantId, tenantId,
                new LedgerEntryPosted(tenantId, sequence, UUID.randomUUID().toString(), "pay_" + sequence,
                        "CAPTURE", List.of(
                                new Posting("PSP_CLEARING", "ASSET", "KRW", "DEBIT", amount, clearingAfter),
                                new Posting("MERCHANT_PAYABLE", "LIABILITY", "KRW", "CREDIT", amount, clearingAfter)),
                        recordedAt, recordedAt, "hash" + sequence));
    }

    private long clearingBalance(com.fluxpay.client.GatewayClient client, Instant asOf) {
        return client.balance("PSP_CLEARING", "KRW", asOf).value().balance();
    }

    @Test
    void balances_now_and_as_of_a_time_statements_and_the_trial_balance_follow_the_booked_entries() throws Exception {
        Instant first = Instant.parse("2026-11-20T10:00:00Z");
        booked(1, 15_000, 15_000, first);
        booked(2, 5_000, 20_000, first.plusSeconds(3600));
        await().atMost(Duration.ofSeconds(15)).until(() -> clearingBalance(merchant, null) == 20_000);

        assertThat(clearingBalance(merchant, Instant.parse("2026-11-20T10:30:00Z"))).isEqualTo(15_000);
        assertThat(clearingBalance(merchant, Instant.parse("2026-11-19T00:00:00Z"))).isZero();
        var page = merchant.entries("PSP_CLEARING", "KRW", null, 1).value();
        assertThat(page.data()).extracting(Ledger.Posting::sequence).containsExactly(2L);
        assertThat(page.hasMore()).isTrue();
        var trial = merchant.trialBalance().value();
        assertThat(trial.balanced()).isTrue();
        assertThat(trial.perCurrency()).containsEntry("KRW", new Ledger.Totals(20_000, 20_000));
        assertThat(clearingBalance(anotherTenant("other"), null)).isZero();
    }
}
