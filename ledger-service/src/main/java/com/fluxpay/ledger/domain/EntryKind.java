package com.fluxpay.ledger.domain;

/** What an entry records; the table in docs/ledger.md lists the postings of each. */
public enum EntryKind {
    CAPTURE, HOLD, HOLD_POST, HOLD_VOID, REFUND, REVERSAL
}
