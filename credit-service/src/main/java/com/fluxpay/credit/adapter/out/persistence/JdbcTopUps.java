package com.fluxpay.credit.adapter.out.persistence;

import com.fluxpay.credit.application.port.TopUps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each side upserts its half of the row and reads the whole row back, locked, in the same statement. */
public class JdbcTopUps implements TopUps {

    private static final String RETURNING = " RETURNING tenant_id, order_id, customer_id, unit, quantity, order_amount,"
            + " currency, payment_id, captured";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public JdbcTopUps(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public TopUp orderBuys(String tenantId, String orderId, String customerId, String unit, long quantity, long amount,
                           String currency) {
        return jdbc.queryForObject("""
                INSERT INTO credit_top_up (tenant_id, order_id, customer_id, unit, quantity, order_amount, currency,
                    updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (tenant_id, order_id) DO UPDATE SET customer_id = EXCLUDED.customer_id,
                    unit = EXCLUDED.unit, quantity = EXCLUDED.quantity, order_amount = EXCLUDED.order_amount,
                    currency = EXCLUDED.currency, updated_at = EXCLUDED.updated_at""" + RETURNING,
                (rs, n) -> topUp(rs), tenantId, orderId, customerId, unit, quantity, amount, currency,
                Timestamp.from(clock.instant()));
    }

    @Override
    public TopUp captured(String tenantId, String orderId, String paymentId, long capturedTotal, String currency) {
        // the order's currency wins when the order side is known; a capture only ever grows
        return jdbc.queryForObject("""
                INSERT INTO credit_top_up (tenant_id, order_id, payment_id, captured, currency, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (tenant_id, order_id) DO UPDATE SET payment_id = EXCLUDED.payment_id,
                    captured = GREATEST(COALESCE(credit_top_up.captured, 0), EXCLUDED.captured),
                    currency = COALESCE(credit_top_up.currency, EXCLUDED.currency), updated_at = EXCLUDED.updated_at"""
                        + RETURNING,
                (rs, n) -> topUp(rs), tenantId, orderId, paymentId, capturedTotal, currency,
                Timestamp.from(clock.instant()));
    }

    private static TopUp topUp(ResultSet rs) throws SQLException {
        Optional<Order> order = rs.getString("customer_id") == null ? Optional.empty()
                : Optional.of(new Order(rs.getString("customer_id"), rs.getString("unit"), rs.getLong("quantity"),
                        rs.getLong("order_amount"), rs.getString("currency")));
        Optional<Payment> payment = rs.getString("payment_id") == null ? Optional.empty()
                : Optional.of(new Payment(rs.getString("payment_id"), rs.getLong("captured"),
                        rs.getString("currency")));
        return new TopUp(rs.getString("tenant_id"), rs.getString("order_id"), order, payment);
    }
}
