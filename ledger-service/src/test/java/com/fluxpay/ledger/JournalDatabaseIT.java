package com.fluxpay.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fluxpay.ledger.domain.PostingOutcome;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The database keeps the ledger's invariants even against SQL written behind the domain's back. */
class JournalDatabaseIT extends LedgerIntegrationTest {

    private final String tenant = "db-" + UUID.randomUUID();

    private long account(String code) {
        jdbc.update("""
                INSERT INTO account (tenant_id, code, currency, account_type, guarded, created_at)
                VALUES (?, ?, 'KRW', 'ASSET', false, now()) ON CONFLICT DO NOTHING""", tenant, code);
        return jdbc.queryForObject("SELECT id FROM account WHERE tenant_id = ? AND code = ?", Long.class, tenant, code);
    }

    private long insertEntry(long sequence) {
        return jdbc.queryForObject("""
                INSERT INTO journal_entry (tenant_id, sequence, source_event_id, payment_id, kind, occurred_at,
                                           recorded_at, previous_hash, hash)
                VALUES (?, ?, ?, 'pay_sql', 'CAPTURE', now(), now(), ?, ?) RETURNING id""", Long.class,
                tenant, sequence, UUID.randomUUID(), "0".repeat(64), "0".repeat(64));
    }

    private void insertPosting(long entryId, int line, long accountId, String side, long amount) {
        jdbc.update("INSERT INTO posting (entry_id, line, account_id, side, amount, currency) VALUES (?, ?, ?, ?, ?, 'KRW')",
                entryId, line, accountId, side, amount);
    }

    private UUID bookedCapture() {
        var approved = capturedApproval(tenant, 15_000);
        assertThat(book(approved)).isInstanceOf(PostingOutcome.Posted.class);
        return approved.sourceEventId();
    }

    @Test
    void an_unbalanced_entry_written_with_sql_is_refused_at_commit() {
        long clearing = account("PSP_CLEARING");
        long payable = account("MERCHANT_PAYABLE");

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            long entry = insertEntry(1);
            insertPosting(entry, 1, clearing, "DEBIT", 1_000);
            insertPosting(entry, 2, payable, "CREDIT", 999);
        })).hasMessageContaining("unbalanced");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM journal_entry WHERE tenant_id = ?", Long.class, tenant))
                .isZero();
    }

    @Test
    void an_entry_without_postings_is_refused_at_commit() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> insertEntry(1)))
                .hasMessageContaining("fewer than two postings");
    }

    @Test
    void a_posting_in_another_currency_than_its_account_is_refused() {
        long clearing = account("PSP_CLEARING");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> jdbc.update(
                "INSERT INTO posting (entry_id, line, account_id, side, amount, currency) VALUES (?, 1, ?, 'DEBIT', 1, 'USD')",
                insertEntry(1), clearing))).hasMessageContaining("foreign key");
    }

    @Test
    void booked_entries_and_postings_refuse_updates_and_deletes() {
        UUID source = bookedCapture();
        long entry = jdbc.queryForObject("SELECT id FROM journal_entry WHERE source_event_id = ?", Long.class, source);

        assertThatThrownBy(() -> jdbc.update("UPDATE posting SET amount = amount + 1 WHERE entry_id = ?", entry))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM posting WHERE entry_id = ?", entry))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("UPDATE journal_entry SET payment_id = 'other' WHERE id = ?", entry))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM journal_entry WHERE id = ?", entry))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("TRUNCATE posting")).hasMessageContaining("append-only");
    }

    @Test
    void one_event_is_booked_once_even_when_posted_again_past_the_inbox() {
        var approved = capturedApproval(tenant, 15_000);
        book(approved);

        assertThat(book(approved)).isInstanceOf(PostingOutcome.NothingToPost.class);
        assertThat(entriesOfPayment(approved.paymentId())).isEqualTo(1);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> jdbc.update("""
                INSERT INTO journal_entry (tenant_id, sequence, source_event_id, payment_id, kind, occurred_at,
                                           recorded_at, previous_hash, hash)
                VALUES (?, 99, ?, 'x', 'CAPTURE', ?, ?, ?, ?)""", tenant, approved.sourceEventId(),
                Timestamp.from(Instant.now()), Timestamp.from(Instant.now()), "0".repeat(64), "0".repeat(64))))
                .hasMessageContaining("journal_entry_once_per_event");
    }

    @Test
    void a_guarded_account_cannot_be_taken_below_zero_in_the_database_either() {
        bookedCapture();

        assertThatThrownBy(() -> jdbc.update(
                "UPDATE account SET balance = -1 WHERE tenant_id = ? AND code = 'MERCHANT_PAYABLE'", tenant))
                .hasMessageContaining("guarded_account_not_overdrawn");
        assertThat(trialBalanceOf(tenant)).containsExactly(Map.entry("KRW", 0L));
    }
}
