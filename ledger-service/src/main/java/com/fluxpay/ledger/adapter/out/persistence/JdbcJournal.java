package com.fluxpay.ledger.adapter.out.persistence;

import com.fluxpay.ledger.application.port.Journal;
import com.fluxpay.ledger.domain.AccountRef;
import com.fluxpay.ledger.domain.ChainLink;
import com.fluxpay.ledger.domain.JournalEntry;
import com.fluxpay.ledger.domain.Posting;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The journal in Postgres through plain SQL: entries are inserted once and never read back into an
 * entity, so an ORM would only add a place for an accidental UPDATE. The database re-checks balance
 * (deferred trigger) and immutability (row triggers) behind this class.
 */
public class JdbcJournal implements Journal {

    private final JdbcTemplate jdbc;

    public JdbcJournal(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean containsEntryFor(UUID sourceEventId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM journal_entry WHERE source_event_id = ?)", Boolean.class, sourceEventId));
    }

    @Override
    public ChainTip lockChainTip(String tenantId) {
        jdbc.update("INSERT INTO ledger_chain (tenant_id, last_sequence, last_hash) VALUES (?, 0, ?) "
                + "ON CONFLICT (tenant_id) DO NOTHING", tenantId, ChainLink.GENESIS);
        return jdbc.queryForObject("SELECT last_sequence, last_hash FROM ledger_chain WHERE tenant_id = ? FOR UPDATE",
                (rs, row) -> new ChainTip(rs.getLong(1), rs.getString(2)), tenantId);
    }

    @Override
    public List<Long> append(JournalEntry entry, ChainLink link, Instant recordedAt) {
        Long entryId = jdbc.queryForObject("""
                INSERT INTO journal_entry (tenant_id, sequence, source_event_id, payment_id, kind, occurred_at,
                                           recorded_at, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", Long.class,
                entry.tenantId(), link.sequence(), entry.sourceEventId(), entry.paymentId(), entry.kind().name(),
                Timestamp.from(entry.occurredAt()), Timestamp.from(recordedAt), link.previousHash(), link.hash());
        List<Posting> postings = entry.postings();
        List<Long> balancesAfter = new ArrayList<>();
        for (int line = 0; line < postings.size(); line++) {
            Posting posting = postings.get(line);
            long accountId = accountId(posting.account(), recordedAt);
            jdbc.update("INSERT INTO posting (entry_id, line, account_id, side, amount, currency) VALUES (?, ?, ?, ?, ?, ?)",
                    entryId, line + 1, accountId, posting.side().name(), posting.amount(),
                    posting.account().currency().getCurrencyCode());
            balancesAfter.add(jdbc.queryForObject("UPDATE account SET balance = balance + ? WHERE id = ? RETURNING balance",
                    Long.class, posting.account().effectOf(posting.side(), posting.amount()), accountId));
        }
        int moved = jdbc.update("UPDATE ledger_chain SET last_sequence = ?, last_hash = ? WHERE tenant_id = ? "
                + "AND last_sequence = ?", link.sequence(), link.hash(), entry.tenantId(), link.sequence() - 1);
        if (moved != 1) {
            throw new IllegalStateException("chain of " + entry.tenantId() + " moved while locked: expected it at "
                    + (link.sequence() - 1));
        }
        return balancesAfter;
    }

    @Override
    public long balanceOf(AccountRef account) {
        List<Long> balances = jdbc.queryForList("SELECT balance FROM account WHERE tenant_id = ? AND code = ? AND currency = ?",
                Long.class, account.tenantId(), account.code().name(), account.currency().getCurrencyCode());
        return balances.isEmpty() ? 0 : balances.get(0);
    }

    /** The account's id, creating it on first use (the chart is per tenant and currency, opened lazily). */
    private long accountId(AccountRef account, Instant now) {
        jdbc.update("""
                INSERT INTO account (tenant_id, code, currency, account_type, guarded, created_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, code, currency) DO NOTHING""",
                account.tenantId(), account.code().name(), account.currency().getCurrencyCode(),
                account.code().type().name(), account.code().guarded(), Timestamp.from(now));
        return jdbc.queryForObject("SELECT id FROM account WHERE tenant_id = ? AND code = ? AND currency = ?", Long.class,
                account.tenantId(), account.code().name(), account.currency().getCurrencyCode());
    }
}
