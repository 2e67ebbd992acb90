package com.fluxpay.ledger.application;

import com.fluxpay.ledger.application.port.CreditAudits;
import com.fluxpay.ledger.application.port.MismatchEvents;
import com.fluxpay.ledger.application.port.Mismatches;
import com.fluxpay.ledger.domain.audit.CreditCheck;
import com.fluxpay.platform.transactions.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One pass of the credit auditor, beside the payment one and reporting the same way (one mismatch per subject, its
 * event, the gauge and the endpoint): each paid top-up must have exactly one grant, each credit account's movements
 * must sum to its stated balance. Only what is older than the grace period counts, so events still on their way
 * (the grant after its payment, on another topic) are not findings.
 */
public final class AuditingCredits {

    static final int BATCH = 200;

    public record Report(int topUpsChecked, int accountsChecked, int mismatchesOpened, int mismatchesResolved) {
    }

    private final CreditAudits audits;
    private final ReportingMismatches reporting;
    private final AuditPass auditPass;

    public AuditingCredits(CreditAudits audits, Mismatches mismatches, MismatchEvents events, Clock clock,
                           Duration gracePeriod, Transactions transactions) {
        this.audits = audits;
        this.reporting = new ReportingMismatches(mismatches, events);
        this.auditPass = new AuditPass(clock, gracePeriod, transactions);
    }

    public Report audit() {
        return auditPass.run(this::pass);
    }

    private Report pass(AuditPass.Window window) {
        Instant now = window.now();
        Instant settled = window.settled();
        var tally = new Tally();
        var topUps = audits.topUpsToCheck(settled, BATCH);
        for (var order : topUps) {
            var verdict = CreditCheck.topUp(order, audits.capturesOf(order.orderId(), settled),
                    audits.grantsOf(order.tenantId(), order.grantId(), settled), now);
            tally.count(reporting.report(order.grantId(), verdict, now));
            audits.markTopUpChecked(order.orderId(), verdict.isEmpty(), now);
        }
        var accounts = audits.accountsToCheck(settled, BATCH);
        for (var totals : accounts) {
            var verdict = CreditCheck.account(totals, now);
            tally.count(reporting.report(totals.accountId(), verdict, now));
            audits.markAccountChecked(totals.accountId(), totals.movements(), verdict.isEmpty(), now);
        }
        return new Report(topUps.size(), accounts.size(), tally.opened, tally.resolved);
    }

    private static final class Tally {

        int opened;
        int resolved;

        void count(ReportingMismatches.Change change) {
            switch (change) {
                case OPENED -> opened++;
                case RESOLVED -> resolved++;
                case NONE -> {
                }
            }
        }
    }
}
