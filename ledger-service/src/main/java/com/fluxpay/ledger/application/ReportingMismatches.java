package com.fluxpay.ledger.application;

import com.fluxpay.ledger.application.port.MismatchEvents;
import com.fluxpay.ledger.application.port.Mismatches;
import com.fluxpay.ledger.domain.audit.Mismatch;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What both auditors do with a verdict about one subject (a payment, a top-up, a credit account): a disagreement opens
 * one mismatch and announces it; agreement again resolves the open one. Runs in the caller's transaction, so the row
 * and its outbox event commit together.
 */
final class ReportingMismatches {

    enum Change {
        OPENED, RESOLVED, NONE
    }

    private final Mismatches mismatches;
    private final MismatchEvents events;

    ReportingMismatches(Mismatches mismatches, MismatchEvents events) {
        this.mismatches = mismatches;
        this.events = events;
    }

    Change report(String subject, Optional<Mismatch> verdict, Instant now) {
        var open = mismatches.openFor(subject);
        if (verdict.isPresent() && open.isEmpty()) {
            String id = "mm_" + UUID.randomUUID();
            if (mismatches.open(id, verdict.get())) {
                events.detected(id, verdict.get());
                return Change.OPENED;
            }
        } else if (verdict.isEmpty() && open.isPresent()) {
            mismatches.resolve(open.get().mismatchId(), now);
            events.resolved(open.get().mismatchId(), open.get().mismatch(), now);
            return Change.RESOLVED;
        }
        return Change.NONE;
    }
}
