package com.fluxpay.gateway.ledger.adapter.out.persistence;

import com.fluxpay.gateway.command.TenantId;
import com.fluxpay.gateway.ledger.application.port.LedgerProjection;
import com.fluxpay.contracts.ledger.LedgerEntryPosted;
import com.fluxpay.gateway.ledger.application.port.LedgerViews;
import com.fluxpay.gateway.ledger.domain.LedgerPosting;
import com.fluxpay.gateway.ledger.domain.TrialBalanceView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** The ledger read model: postings with their balance after, one row each. */
public class JdbcLedgerViews implements LedgerViews, LedgerProjection {

    private static final String COLUMNS = """
            SELECT sequence, account, account_type, currency, side, amount, balance_after, kind, payment_id,
                   recorded_at FROM ledger_posting_view""";

    private final JdbcTemplate jdbc;

    public JdbcLedgerViews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void project(LedgerEntryPosted entry) {
        for (int i = 0; i < entry.postings().size(); i++) {
            var posting = entry.postings().get(i);
            jdbc.update("""
                    INSERT INTO ledger_posting_view (tenant_id, sequence, posting_index, account, account_type, currency,
                                                     side, amount, balance_after, kind, payment_id, source_event_id,
                                                     recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                    entry.tenantId(), entry.sequence(), i, posting.account(), posting.accountType(), posting.currency(),
                    posting.side(), posting.amount(), posting.balanceAfter(), entry.kind(), entry.paymentId(),
                    entry.sourceEventId(), Timestamp.from(entry.recordedAt()));
        }
    }

    @Override
    public Optional<LedgerPosting> lastPosting(TenantId tenant, String account, String currency, Instant asOf) {
        String tenantId = tenant.value();
        return jdbc.query(COLUMNS + """
                 WHERE tenant_id = ? AND account = ? AND currency = ? AND recorded_at <= ?
                 ORDER BY sequence DESC LIMIT 1""".indent(1), JdbcLedgerViews::posting, tenantId, account, currency,
                Timestamp.from(asOf == null ? Instant.now().plusSeconds(86_400) : asOf)).stream().findFirst();
    }

    @Override
    public List<LedgerPosting> postings(TenantId tenant, String account, String currency, Long beforeSequence,
                                        int limit) {
        String tenantId = tenant.value();
        return jdbc.query(COLUMNS + """
                 WHERE tenant_id = ? AND account = ? AND currency = ? AND sequence < ?
                 ORDER BY sequence DESC, posting_index DESC LIMIT ?""".indent(1), JdbcLedgerViews::posting, tenantId,
                account, currency, beforeSequence == null ? Long.MAX_VALUE : beforeSequence, limit);
    }

    @Override
    public List<TrialBalanceView.Row> latestBalances(TenantId tenant) {
        String tenantId = tenant.value();
        return jdbc.query("""
                SELECT DISTINCT ON (account, currency) account, account_type, currency, balance_after
                  FROM ledger_posting_view WHERE tenant_id = ?
                 ORDER BY account, currency, sequence DESC, posting_index DESC""",
                (rs, n) -> new TrialBalanceView.Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)),
                tenantId);
    }

    private static LedgerPosting posting(ResultSet rs, int row) throws SQLException {
        return new LedgerPosting(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getLong(7), rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant());
    }
}
