package com.fluxpay.ledger.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fluxpay.ledger.application.port.Mismatches;
import com.fluxpay.ledger.domain.audit.Finding;
import com.fluxpay.ledger.domain.audit.Mismatch;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Mismatches with their findings as JSON text: read by operators, never queried by field. */
public class JdbcMismatches implements Mismatches {

    private static final String COLUMNS = "mismatch_id, payment_id, tenant_id, missing_event, findings, detected_at";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public JdbcMismatches(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<Open> openFor(String paymentId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM ledger_mismatch WHERE payment_id = ? AND resolved_at IS NULL",
                this::open, paymentId).stream().findFirst();
    }

    @Override
    public boolean open(String mismatchId, Mismatch m) {
        return jdbc.update("INSERT INTO ledger_mismatch (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (payment_id) WHERE resolved_at IS NULL DO NOTHING",
                mismatchId, m.paymentId(), m.tenantId(), m.missingEvent(), write(m.findings()),
                Timestamp.from(m.detectedAt())) == 1;
    }

    @Override
    public void resolve(String mismatchId, Instant at) {
        jdbc.update("UPDATE ledger_mismatch SET resolved_at = ? WHERE mismatch_id = ? AND resolved_at IS NULL",
                Timestamp.from(at), mismatchId);
    }

    @Override
    public List<Open> allOpen() {
        return jdbc.query("SELECT " + COLUMNS + " FROM ledger_mismatch WHERE resolved_at IS NULL ORDER BY detected_at",
                this::open);
    }

    @Override
    public long countOpen() {
        return jdbc.queryForObject("SELECT count(*) FROM ledger_mismatch WHERE resolved_at IS NULL", Long.class);
    }

    private Open open(ResultSet rs, int row) throws SQLException {
        return new Open(rs.getString(1), new Mismatch(rs.getString(2), rs.getString(3), rs.getString(4),
                read(rs.getString(5)), rs.getTimestamp(6).toInstant()));
    }

    private String write(List<Finding> findings) {
        try {
            return json.writeValueAsString(findings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("findings are plain records and always serialise", e);
        }
    }

    private List<Finding> read(String text) {
        try {
            return json.readValue(text, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored findings are unreadable: " + text, e);
        }
    }
}
