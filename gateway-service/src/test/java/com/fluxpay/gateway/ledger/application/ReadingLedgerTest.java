package com.fluxpay.gateway.ledger.application;

import com.fluxpay.gateway.command.TenantId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.gateway.ledger.application.port.LedgerViews;
import com.fluxpay.gateway.ledger.domain.LedgerPosting;
import com.fluxpay.gateway.ledger.domain.TrialBalanceView;
import com.fluxpay.gateway.readmodel.domain.Cursor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadingLedgerTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private static final String TENANT = "ten_shop";

    /** Postings to PSP_CLEARING/KRW, sequences 1..5, each 1,000 more; and the reads it was asked for. */
    static final class InMemoryLedger implements LedgerViews {

        final List<LedgerPosting> postings = new ArrayList<>();
        final List<String> reads = new ArrayList<>();
        List<TrialBalanceView.Row> balances = List.of();

        InMemoryLedger() {
            for (long sequence = 1; sequence <= 5; sequence++) {
                postings.add(new LedgerPosting(sequence, "PSP_CLEARING", "ASSET", "KRW", "DEBIT", 1_000,
                        1_000 * sequence, "CAPTURE", "pay_" + sequence, T0.plusSeconds(60 * sequence)));
            }
        }

        @Override
        public Optional<LedgerPosting> lastPosting(TenantId tenant, String account, String currency, Instant asOf) {
            String tenantId = tenant.value();
            return postings.stream().filter(p -> tenantId.equals(TENANT) && p.account().equals(account))
                    .filter(p -> asOf == null || !p.recordedAt().isAfter(asOf)).reduce((first, later) -> later);
        }

        @Override
        public List<LedgerPosting> postings(TenantId tenant, String account, String currency, Long beforeSequence,
                                            int limit) {
            String tenantId = tenant.value();
            reads.add("before " + beforeSequence + ", " + limit + " rows");
            return postings.reversed().stream().filter(p -> beforeSequence == null || p.sequence() < beforeSequence)
                    .limit(limit).toList();
        }

        @Override
        public List<TrialBalanceView.Row> latestBalances(TenantId tenant) {
            String tenantId = tenant.value();
            return balances;
        }
    }

    private final InMemoryLedger ledger = new InMemoryLedger();
    private final ReadingLedger reading = new ReadingLedger(ledger);

    @Test
    void the_balance_is_the_last_postings_balance_now_or_as_of_a_time_and_zero_before_any() {
        assertThat(reading.balance(TenantId.of(TENANT), "PSP_CLEARING", "KRW", null)).isEqualTo(5_000);
        assertThat(reading.balance(TenantId.of(TENANT), "PSP_CLEARING", "KRW", T0.plusSeconds(150))).isEqualTo(2_000);
        assertThat(reading.balance(TenantId.of(TENANT), "PSP_CLEARING", "KRW", T0)).isZero();
        assertThat(reading.balance(TenantId.of("ten_other"), "PSP_CLEARING", "KRW", null)).isZero();
    }

    @Test
    void a_statement_reads_one_row_more_and_pages_by_sequence() {
        var first = reading.statement(TenantId.of(TENANT), "PSP_CLEARING", "KRW", null, 2);
        var second = reading.statement(TenantId.of(TENANT), "PSP_CLEARING", "KRW", first.nextCursor(), 2);
        var last = reading.statement(TenantId.of(TENANT), "PSP_CLEARING", "KRW", second.nextCursor(), 2);

        assertThat(first.items()).extracting(LedgerPosting::sequence).containsExactly(5L, 4L);
        assertThat(second.items()).extracting(LedgerPosting::sequence).containsExactly(3L, 2L);
        assertThat(last.items()).extracting(LedgerPosting::sequence).containsExactly(1L);
        assertThat(last.nextCursor()).isNull();
        assertThat(ledger.reads).containsExactly("before null, 3 rows", "before 4, 3 rows", "before 2, 3 rows");
    }

    @Test
    void a_cursor_that_names_no_sequence_reads_from_the_newest() {
        String foreign = new Cursor(T0, "not-a-sequence").encode();

        assertThat(reading.statement(TenantId.of(TENANT), "PSP_CLEARING", "KRW", foreign, 1).items())
                .extracting(LedgerPosting::sequence).containsExactly(5L);
        assertThat(ledger.reads).containsExactly("before null, 2 rows");
    }

    @Test
    void the_trial_balance_sets_debit_normal_accounts_against_credit_normal_ones_per_currency() {
        ledger.balances = List.of(new TrialBalanceView.Row("PSP_CLEARING", "ASSET", "KRW", 20_000),
                new TrialBalanceView.Row("MERCHANT_PAYABLE", "LIABILITY", "KRW", 20_000),
                new TrialBalanceView.Row("PSP_CLEARING", "ASSET", "USD", 5));

        var trial = reading.trialBalance(TenantId.of(TENANT));

        assertThat(trial.perCurrency().get("KRW")).isEqualTo(new TrialBalanceView.Totals(20_000, 20_000));
        assertThat(trial.balanced()).isFalse();
    }
}
