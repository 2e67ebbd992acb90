package com.fluxpay.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.contracts.Topics;
import com.fluxpay.ledger.application.AccountStatement;
import com.fluxpay.ledger.application.QueryingLedger;
import com.fluxpay.ledger.application.TrialBalance;
import com.fluxpay.ledger.domain.AccountCode;
import com.fluxpay.ledger.domain.AccountRef;
import com.fluxpay.platform.testing.KafkaProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LedgerQueriesIT extends LedgerIntegrationTest {

    private static final Currency KRW = Currency.getInstance("KRW");

    @Autowired
    QueryingLedger querying;

    private final String tenant = "query-" + UUID.randomUUID();
    private final AccountRef payable = new AccountRef(tenant, AccountCode.MERCHANT_PAYABLE, KRW);

    private void capture(long amount) {
        book(capturedApproval(tenant, amount));
    }

    @Test
    void a_balance_now_and_as_recorded_at_an_earlier_time() {
        capture(1_000);
        var between = clock.instant();
        clock.advance(Duration.ofSeconds(1));
        capture(2_000);

        assertThat(querying.balance(payable)).isEqualTo(3_000);
        assertThat(querying.balanceAsOf(payable, between)).isEqualTo(1_000);
        assertThat(querying.balanceAsOf(payable, between.minusSeconds(3_600))).isZero();
    }

    @Test
    void a_statement_read_page_by_page_with_its_cursor_lists_every_posting_once_in_order() {
        for (long amount = 1; amount <= 5; amount++) {
            capture(amount * 100);
        }
        List<Long> amounts = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            AccountStatement page = querying.statement(payable, cursor, 2);
            page.lines().forEach(line -> amounts.add(line.amount()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);

        assertThat(amounts).containsExactly(100L, 200L, 300L, 400L, 500L);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void a_tenants_trial_balance_nets_to_zero_per_currency() {
        capture(7_000);

        var trialBalance = querying.trialBalance(tenant);
        assertThat(trialBalance.balanced()).isTrue();
        assertThat(trialBalance.netPerCurrency()).containsEntry("KRW", 0L);
        assertThat(trialBalance.accounts()).contains(new TrialBalance.Row("PSP_CLEARING", "KRW", 7_000, 0, 7_000),
                new TrialBalance.Row("MERCHANT_PAYABLE", "KRW", 0, 7_000, 7_000));
    }

    @Test
    void every_booked_entry_is_announced_by_tenant_in_chain_sequence_with_the_balances_after_it() {
        capture(1_000);
        capture(2_500);

        var probe = new KafkaProbe(kafka);
        await().atMost(Duration.ofSeconds(20)).until(() -> probe.eventsWithKey(Topics.LEDGER_EVENTS, tenant).size() == 2);
        var announced = probe.eventsWithKey(Topics.LEDGER_EVENTS, tenant).stream().map(ConsumerRecord::value).toList();

        assertThat(announced.get(0)).contains("\"sequence\":1", "\"kind\":\"CAPTURE\"");
        assertThat(announced.get(1)).contains("\"sequence\":2", "\"account\":\"MERCHANT_PAYABLE\"",
                "\"balanceAfter\":3500", jdbc.queryForObject(
                        "SELECT hash FROM journal_entry WHERE tenant_id = ? AND sequence = 2", String.class, tenant));
    }
}
