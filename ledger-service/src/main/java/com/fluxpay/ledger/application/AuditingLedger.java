package com.fluxpay.ledger.application;

import com.fluxpay.platform.transactions.Transactions;
import com.fluxpay.ledger.application.port.BookedEntries;
import com.fluxpay.ledger.application.port.MismatchEvents;
import com.fluxpay.ledger.application.port.Mismatches;
import com.fluxpay.ledger.application.port.PaymentClaims;
import com.fluxpay.ledger.domain.audit.ConsistencyCheck;
import com.fluxpay.ledger.domain.audit.PaymentClaim;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One pass of the consistency auditor: each payment with claims older than the grace period is compared
 * with its journal entries. A disagreement opens one mismatch per payment and announces it; a payment that
 * agrees again resolves its open mismatch. The grace period lets the posting, which runs in another
 * consumer group, catch up before its absence counts.
 */
public final class AuditingLedger {

    static final int BATCH = 200;

    public record Report(int paymentsChecked, int mismatchesOpened, int mismatchesResolved) {
    }

    private final PaymentClaims claims;
    private final BookedEntries entries;
    private final ReportingMismatches reporting;
    private final AuditPass auditPass;

    public AuditingLedger(PaymentClaims claims, BookedEntries entries, Mismatches mismatches, MismatchEvents events,
                          Clock clock, Duration gracePeriod, Transactions transactions) {
        this.claims = claims;
        this.entries = entries;
        this.reporting = new ReportingMismatches(mismatches, events);
        this.auditPass = new AuditPass(clock, gracePeriod, transactions);
    }

    /** One pass, in one transaction (see {@link AuditPass}): one open mismatch per payment. */
    public Report audit() {
        return auditPass.run(this::pass);
    }

    private Report pass(AuditPass.Window window) {
        Instant now = window.now();
        Instant settled = window.settled();
        int checked = 0;
        int opened = 0;
        int resolved = 0;
        for (String paymentId : claims.paymentsToCheck(settled, BATCH)) {
            var considered = claims.of(paymentId).stream().filter(claim -> !claim.claimedAt().isAfter(settled)).toList();
            Set<UUID> claimed = considered.stream().map(PaymentClaim::sourceEventId).collect(Collectors.toSet());
            // an entry younger than the grace period may answer a claim that is younger still
            var booked = entries.ofPayment(paymentId).stream()
                    .filter(entry -> claimed.contains(entry.sourceEventId()) || !entry.recordedAt().isAfter(settled))
                    .toList();
            var mismatch = ConsistencyCheck.check(paymentId, considered, booked, now);
            switch (reporting.report(paymentId, mismatch, now)) {
                case OPENED -> opened++;
                case RESOLVED -> resolved++;
                case NONE -> {
                }
            }
            claims.markChecked(paymentId, settled, mismatch.isEmpty(), now);
            checked++;
        }
        return new Report(checked, opened, resolved);
    }
}
