package com.fluxpay.ledger.adapter.in.scheduling;

import com.fluxpay.ledger.application.AuditingLedger;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the auditor continuously (each pass is one transaction: see {@link AuditingLedger#audit()}). */
public class ScheduledLedgerAudit {

    private final AuditingLedger auditing;

    public ScheduledLedgerAudit(AuditingLedger auditing) {
        this.auditing = auditing;
    }

    @Scheduled(fixedDelayString = "${fluxpay.ledger.audit.interval:PT5S}",
            initialDelayString = "${fluxpay.ledger.audit.interval:PT5S}")
    public void runScheduled() {
        auditing.audit();
    }
}
