package com.fluxpay.ledger.adapter.out.persistence;

import com.fluxpay.ledger.application.port.CreditRegister;
import com.fluxpay.ledger.domain.CreditMovement;
import com.fluxpay.ledger.domain.audit.TopUpOrder;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/** The credit register in Postgres: one row per movement, its draws, and a running total per credit account. */
public class JdbcCreditRegister implements CreditRegister {

    private final JdbcTemplate jdbc;

    public JdbcCreditRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean record(CreditMovement m, Instant recordedAt) {
        var grant = m.grant();
        int inserted = jdbc.update("""
                INSERT INTO credit_movement (account_id, version, tenant_id, customer_id, unit, kind, quantity,
                                             grant_id, category, price_amount, currency, available, reserved,
                                             refund_pending, source_event_id, occurred_at, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""",
                m.accountId(), m.version(), m.tenantId(), m.customerId(), m.unit(), m.kind().name(), m.quantity(),
                grant.map(CreditMovement.GrantArrived::grantId).orElse(null),
                grant.map(g -> g.category().name()).orElse(null),
                grant.flatMap(CreditMovement.GrantArrived::priceAmount).orElse(null),
                grant.flatMap(CreditMovement.GrantArrived::currency).map(Currency::getCurrencyCode).orElse(null),
                m.available(), m.reserved(), m.refundPending(), m.sourceEventId(), Timestamp.from(m.occurredAt()),
                Timestamp.from(recordedAt));
        if (inserted == 0) {
            return false;
        }
        for (int line = 0; line < m.draws().size(); line++) {
            var draw = m.draws().get(line);
            jdbc.update("""
                    INSERT INTO credit_movement_draw (account_id, version, line, grant_id, category, quantity, amount,
                                                      currency)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", m.accountId(), m.version(), line + 1, draw.grantId(),
                    draw.category().name(), draw.quantity(), draw.amount(),
                    draw.currency().map(Currency::getCurrencyCode).orElse(null));
        }
        long granted = m.kind() == CreditMovement.Kind.GRANTED ? m.quantity() : 0;
        long drawn = Math.max(0, -m.kind().effectOn(m.quantity()));
        // the balance stated by the highest version wins; a late lower version only adds to the sums
        jdbc.update("""
                INSERT INTO credit_register_account AS a (account_id, tenant_id, unit, granted, drawn, movements,
                                                          last_version, last_event_id, last_event_type, stated_total,
                                                          last_recorded_at)
                VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)
                ON CONFLICT (account_id) DO UPDATE SET
                    granted = a.granted + excluded.granted,
                    drawn = a.drawn + excluded.drawn,
                    movements = a.movements + 1,
                    last_version = greatest(a.last_version, excluded.last_version),
                    last_event_id = CASE WHEN excluded.last_version > a.last_version THEN excluded.last_event_id
                                         ELSE a.last_event_id END,
                    last_event_type = CASE WHEN excluded.last_version > a.last_version THEN excluded.last_event_type
                                           ELSE a.last_event_type END,
                    stated_total = CASE WHEN excluded.last_version > a.last_version THEN excluded.stated_total
                                        ELSE a.stated_total END,
                    last_recorded_at = excluded.last_recorded_at""",
                m.accountId(), m.tenantId(), m.unit(), granted, drawn, m.version(), m.sourceEventId(),
                eventType(m.kind()), m.statedTotal(), Timestamp.from(recordedAt));
        // a grant arriving again for a top-up found consistent puts it back on the auditor's list
        grant.map(CreditMovement.GrantArrived::grantId).filter(id -> id.startsWith(TopUpOrder.GRANT_PREFIX))
                .ifPresent(id -> jdbc.update("UPDATE top_up_order SET consistent = false WHERE order_id = ? "
                        + "AND tenant_id = ?", id.substring(TopUpOrder.GRANT_PREFIX.length()), m.tenantId()));
        return true;
    }

    private static String eventType(CreditMovement.Kind kind) {
        return "credit." + kind.name().toLowerCase(Locale.ROOT);
    }
}
