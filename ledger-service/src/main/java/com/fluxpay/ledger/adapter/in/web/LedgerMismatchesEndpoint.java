package com.fluxpay.ledger.adapter.in.web;

import com.fluxpay.ledger.application.AuditingCredits;
import com.fluxpay.ledger.application.AuditingLedger;
import com.fluxpay.ledger.application.port.Mismatches;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code GET /actuator/ledger-mismatches} lists the open mismatches with their findings (payments and credits);
 * {@code POST /actuator/ledger-mismatches} runs an audit pass of both now instead of waiting for the next one.
 */
@Endpoint(id = "ledger-mismatches")
public class LedgerMismatchesEndpoint {

    private final Mismatches mismatches;
    private final AuditingLedger auditing;
    private final AuditingCredits auditingCredits;

    public LedgerMismatchesEndpoint(Mismatches mismatches, AuditingLedger auditing, AuditingCredits auditingCredits) {
        this.mismatches = mismatches;
        this.auditing = auditing;
        this.auditingCredits = auditingCredits;
    }

    @ReadOperation
    public Map<String, Object> open() {
        var open = mismatches.allOpen();
        return Map.of("open", open.size(), "mismatches", open);
    }

    @WriteOperation
    public Map<String, Object> auditNow() {
        return Map.of("payments", auditing.audit(), "credits", auditingCredits.audit());
    }
}
