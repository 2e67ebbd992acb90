package com.fluxpay.ledger.adapter.out.persistence;

import com.fluxpay.ledger.application.port.PostingRejections;
import com.fluxpay.ledger.domain.PostingOutcome;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

public class JdbcPostingRejections implements PostingRejections {

    private final JdbcTemplate jdbc;

    public JdbcPostingRejections(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(UUID sourceEventId, String subjectId, String tenantId, PostingOutcome.Rejected rejection,
                       Instant at) {
        jdbc.update("""
                INSERT INTO posting_rejection (source_event_id, payment_id, tenant_id, reason, detail, rejected_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source_event_id) DO NOTHING""",
                sourceEventId, subjectId, tenantId, rejection.reason().name(), rejection.detail(), Timestamp.from(at));
    }
}
