package com.fluxpay.ledger.adapter.out.persistence;

import com.fluxpay.ledger.application.port.BookedEntries;
import com.fluxpay.ledger.domain.EntryKind;
import com.fluxpay.ledger.domain.audit.BookedEntry;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

public class JdbcBookedEntries implements BookedEntries {

    private final JdbcTemplate jdbc;

    public JdbcBookedEntries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<BookedEntry> ofPayment(String paymentId) {
        // what an entry moved is the sum of its debits; the payment's entries are in one currency. A HOLD_POST
        // debits twice the capture (the pending hold it releases, and the clearing account): only the capture counts
        return jdbc.query("""
                SELECT e.source_event_id, e.kind,
                       sum(p.amount) FILTER (WHERE p.side = 'DEBIT'
                           AND NOT (e.kind = 'HOLD_POST' AND a.code = 'AUTHORIZATIONS_PENDING')),
                       min(p.currency), e.recorded_at
                FROM journal_entry e JOIN posting p ON p.entry_id = e.id JOIN account a ON a.id = p.account_id
                WHERE e.payment_id = ?
                GROUP BY e.id ORDER BY e.id""",
                (rs, row) -> new BookedEntry(rs.getObject(1, UUID.class), EntryKind.valueOf(rs.getString(2)),
                        rs.getLong(3), Currency.getInstance(rs.getString(4)), rs.getTimestamp(5).toInstant()),
                paymentId);
    }
}
