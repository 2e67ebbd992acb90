package com.fluxpay.ledger.adapter.out.persistence;

import com.fluxpay.ledger.application.AccountStatement.Line;
import com.fluxpay.ledger.application.TrialBalance;
import com.fluxpay.ledger.application.port.LedgerReads;
import com.fluxpay.ledger.domain.AccountRef;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

public class JdbcLedgerReads implements LedgerReads {

    private final JdbcTemplate jdbc;

    public JdbcLedgerReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long balanceAsOf(AccountRef account, Instant asOf) {
        // signed on the account's normal side: debits count up for assets and expenses, credits for the rest
        Long balance = jdbc.queryForObject("""
                SELECT coalesce(sum(CASE WHEN (p.side = 'DEBIT') = (a.account_type IN ('ASSET', 'EXPENSE'))
                                         THEN p.amount ELSE -p.amount END), 0)
                FROM account a JOIN posting p ON p.account_id = a.id JOIN journal_entry e ON e.id = p.entry_id
                WHERE a.tenant_id = ? AND a.code = ? AND a.currency = ? AND e.recorded_at <= ?""", Long.class,
                account.tenantId(), account.code().name(), account.currency().getCurrencyCode(), Timestamp.from(asOf));
        return balance == null ? 0 : balance;
    }

    @Override
    public List<Line> linesOf(AccountRef account, long afterSequence, int limit) {
        return jdbc.query("""
                SELECT e.sequence, e.source_event_id, e.payment_id, e.kind, p.side, p.amount, e.occurred_at, e.recorded_at
                FROM account a JOIN posting p ON p.account_id = a.id JOIN journal_entry e ON e.id = p.entry_id
                WHERE a.tenant_id = ? AND a.code = ? AND a.currency = ? AND e.sequence > ?
                ORDER BY e.sequence, p.line LIMIT ?""",
                (rs, row) -> new Line(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant()),
                account.tenantId(), account.code().name(), account.currency().getCurrencyCode(), afterSequence, limit);
    }

    @Override
    public List<TrialBalance.Row> trialBalanceRows(String tenantId) {
        return jdbc.query("""
                SELECT a.code, a.currency,
                       coalesce(sum(p.amount) FILTER (WHERE p.side = 'DEBIT'), 0),
                       coalesce(sum(p.amount) FILTER (WHERE p.side = 'CREDIT'), 0), a.balance
                FROM account a LEFT JOIN posting p ON p.account_id = a.id
                WHERE a.tenant_id = ? GROUP BY a.id ORDER BY a.currency, a.code""",
                (rs, row) -> new TrialBalance.Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)),
                tenantId);
    }
}
