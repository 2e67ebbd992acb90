package com.fluxpay.payment.adapter.out.persistence;

import com.fluxpay.payment.application.PaymentCommand;
import com.fluxpay.payment.application.port.PaymentCommands;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Handled command ids; the primary key makes a concurrent duplicate lose, not both win. No foreign key: a
 * command for a payment that does not exist is refused and remembered like any other.
 */
public class JdbcPaymentCommands implements PaymentCommands {

    private final JdbcTemplate jdbc;

    public JdbcPaymentCommands(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean seen(String commandId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM payment_commands WHERE command_id = ?)", Boolean.class, commandId));
    }

    @Override
    public boolean record(PaymentCommand command, Instant at) {
        return jdbc.update("""
                INSERT INTO payment_commands (command_id, payment_id, kind, amount, received_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", command.commandId(), command.paymentId().value(),
                command.kind().name(), command.amount(), Timestamp.from(at)) == 1;
    }
}
