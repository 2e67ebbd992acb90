package com.fluxpay.ledger.adapter.in.scheduling;

import com.fluxpay.ledger.application.AuditingCredits;
import com.fluxpay.ledger.application.AuditingLedger;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the auditors continuously, payments then credits (each pass is one transaction: see
 * {@link AuditingLedger#audit()}).
 */
public class ScheduledLedgerAudit {

    private final AuditingLedger auditing;
    private final AuditingCredits auditingCredits;

    public ScheduledLedgerAudit(AuditingLedger auditing, AuditingCredits auditingCredits) {
        this.auditing = auditing;
        this.auditingCredits = auditingCredits;
    }

    @Scheduled(fixedDelayString = "${fluxpay.ledger.audit.interval:PT5S}",
            initialDelayString = "${fluxpay.ledger.audit.interval:PT5S}")
    public void runScheduled() {
        auditing.audit();
        auditingCredits.audit();
    }
}
