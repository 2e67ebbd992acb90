package com.fluxpay.ledger.adapter.out.persistence;

import com.fluxpay.ledger.application.port.TopUpOrders;
import com.fluxpay.ledger.domain.audit.TopUpOrder;
import java.sql.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;

public class JdbcTopUpOrders implements TopUpOrders {

    private final JdbcTemplate jdbc;

    public JdbcTopUpOrders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(TopUpOrder order) {
        jdbc.update("""
                INSERT INTO top_up_order (order_id, tenant_id, amount, currency, customer_id, unit, quantity, seen_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (order_id) DO NOTHING""",
                order.orderId(), order.tenantId(), order.amount(), order.currency().getCurrencyCode(),
                order.customerId(), order.unit(), order.quantity(), Timestamp.from(order.seenAt()));
    }

    @Override
    public boolean contains(String orderId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM top_up_order WHERE order_id = ?)",
                Boolean.class, orderId));
    }
}
