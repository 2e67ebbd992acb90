package com.fluxpay.ledger.domain.audit;

import com.fluxpay.ledger.domain.EntryKind;

/** What a payment event claims happened to money, and the entry kind that must book it. */
public enum ClaimKind {
    APPROVED_AND_CAPTURED(EntryKind.CAPTURE),
    APPROVED_AND_HELD(EntryKind.HOLD),
    CAPTURED(EntryKind.HOLD_POST),
    CANCELED(EntryKind.HOLD_VOID),
    REFUNDED(EntryKind.REFUND);

    private final EntryKind expectedEntry;

    ClaimKind(EntryKind expectedEntry) {
        this.expectedEntry = expectedEntry;
    }

    public EntryKind expectedEntry() {
        return expectedEntry;
    }

    public boolean isApproval() {
        return this == APPROVED_AND_CAPTURED || this == APPROVED_AND_HELD;
    }
}
