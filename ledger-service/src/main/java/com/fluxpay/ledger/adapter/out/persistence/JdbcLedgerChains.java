package com.fluxpay.ledger.adapter.out.persistence;

import com.fluxpay.ledger.application.port.Journal;
import com.fluxpay.ledger.application.port.LedgerChains;
import com.fluxpay.ledger.domain.ChainLink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads chains page by page, so verifying a long ledger never holds it all in memory. */
public class JdbcLedgerChains implements LedgerChains {

    private static final int PAGE = 500;

    private final JdbcTemplate jdbc;

    public JdbcLedgerChains(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tenants() {
        return jdbc.queryForList("SELECT tenant_id FROM ledger_chain ORDER BY tenant_id", String.class);
    }

    @Override
    public Journal.ChainTip headOf(String tenantId) {
        var heads = jdbc.query("SELECT last_sequence, last_hash FROM ledger_chain WHERE tenant_id = ?",
                (rs, row) -> new Journal.ChainTip(rs.getLong(1), rs.getString(2)), tenantId);
        return heads.isEmpty() ? new Journal.ChainTip(0, ChainLink.GENESIS) : heads.get(0);
    }

    @Override
    public Iterator<ChainLink> linksOf(String tenantId, long lastSequence) {
        return new Iterator<>() {
            private Iterator<ChainLink> page = Collections.emptyIterator();
            private long after = 0;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (!page.hasNext() && !exhausted) {
                    List<ChainLink> links = page(tenantId, after, lastSequence);
                    exhausted = links.size() < PAGE;
                    if (!links.isEmpty()) {
                        after = links.get(links.size() - 1).sequence();
                    }
                    page = links.iterator();
                }
                return page.hasNext();
            }

            @Override
            public ChainLink next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.next();
            }
        };
    }

    private List<ChainLink> page(String tenantId, long after, long lastSequence) {
        Map<Long, ChainLink> links = new LinkedHashMap<>();
        Map<Long, List<ChainLink.Line>> lines = new LinkedHashMap<>();
        jdbc.query("""
                SELECT e.id, e.sequence, e.source_event_id, e.payment_id, e.kind, e.occurred_at, e.previous_hash, e.hash
                FROM journal_entry e WHERE e.tenant_id = ? AND e.sequence > ? AND e.sequence <= ?
                ORDER BY e.sequence LIMIT ?""", rs -> {
            long id = rs.getLong(1);
            links.put(id, new ChainLink(rs.getLong(2), tenantId, rs.getObject(3, UUID.class), rs.getString(4),
                    rs.getString(5), rs.getTimestamp(6).toInstant(), List.of(), rs.getString(7), rs.getString(8)));
            lines.put(id, new ArrayList<>());
        }, tenantId, after, lastSequence, PAGE);
        if (links.isEmpty()) {
            return List.of();
        }
        jdbc.query("""
                SELECT p.entry_id, a.code, p.currency, p.side, p.amount
                FROM posting p JOIN account a ON a.id = p.account_id
                WHERE p.entry_id = ANY (?) ORDER BY p.entry_id, p.line""", rs -> {
            lines.get(rs.getLong(1)).add(new ChainLink.Line(rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getLong(5)));
        }, (Object) links.keySet().toArray(Long[]::new));
        return links.entrySet().stream().map(e -> {
            ChainLink link = e.getValue();
            return new ChainLink(link.sequence(), link.tenantId(), link.sourceEventId(), link.paymentId(), link.kind(),
                    link.occurredAt(), lines.get(e.getKey()), link.previousHash(), link.hash());
        }).toList();
    }
}
