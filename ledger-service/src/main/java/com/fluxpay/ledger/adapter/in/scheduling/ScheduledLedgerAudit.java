package com.fluxpay.ledger.adapter.in.scheduling;

import com.fluxpay.ledger.application.AuditingLedger;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the auditor continuously. Each pass is one transaction, so a mismatch row and its outbox event
 * commit together; instances that run at once report a mismatch once (one open mismatch per payment).
 */
public class ScheduledLedgerAudit {

    private final AuditingLedger auditing;
    private final TransactionTemplate transactions;

    public ScheduledLedgerAudit(AuditingLedger auditing, TransactionTemplate transactions) {
        this.auditing = auditing;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${fluxpay.ledger.audit.interval:PT5S}",
            initialDelayString = "${fluxpay.ledger.audit.interval:PT5S}")
    public void runScheduled() {
        runOnce();
    }

    public AuditingLedger.Report runOnce() {
        return transactions.execute(status -> auditing.audit());
    }
}
