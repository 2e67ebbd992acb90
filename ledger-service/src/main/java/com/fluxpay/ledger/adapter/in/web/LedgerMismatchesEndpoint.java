package com.fluxpay.ledger.adapter.in.web;

import com.fluxpay.ledger.application.AuditingLedger;
import com.fluxpay.ledger.application.port.Mismatches;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code GET /actuator/ledger-mismatches} lists the open mismatches with their findings;
 * {@code POST /actuator/ledger-mismatches} runs an audit pass now instead of waiting for the next one.
 */
@Endpoint(id = "ledger-mismatches")
public class LedgerMismatchesEndpoint {

    private final Mismatches mismatches;
    private final AuditingLedger auditing;

    public LedgerMismatchesEndpoint(Mismatches mismatches, AuditingLedger auditing) {
        this.mismatches = mismatches;
        this.auditing = auditing;
    }

    @ReadOperation
    public Map<String, Object> open() {
        var open = mismatches.allOpen();
        return Map.of("open", open.size(), "mismatches", open);
    }

    @WriteOperation
    public AuditingLedger.Report auditNow() {
        return auditing.audit();
    }
}
