package com.fluxpay.contracts.ledger;

import com.fluxpay.contracts.EventType;
import com.fluxpay.contracts.Topics;
import java.util.List;

/** Events ledger-service publishes (on Topics.LEDGER_EVENTS). Key: tenant id for entries, payment id for mismatches. */
public final class LedgerEventTypes {

    public static final EventType<LedgerEntryPosted> ENTRY_POSTED =
            new EventType<>("ledger.entry.posted", 1, Topics.LEDGER_EVENTS, LedgerEntryPosted.class);
    public static final EventType<LedgerMismatchDetected> MISMATCH_DETECTED =
            new EventType<>("ledger.mismatch.detected", 1, Topics.LEDGER_EVENTS, LedgerMismatchDetected.class);
    public static final EventType<LedgerMismatchResolved> MISMATCH_RESOLVED =
            new EventType<>("ledger.mismatch.resolved", 1, Topics.LEDGER_EVENTS, LedgerMismatchResolved.class);

    public static final List<EventType<?>> ALL = List.of(ENTRY_POSTED, MISMATCH_DETECTED, MISMATCH_RESOLVED);

    private LedgerEventTypes() {
    }
}
