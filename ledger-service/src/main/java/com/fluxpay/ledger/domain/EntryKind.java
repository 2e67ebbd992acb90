package com.fluxpay.ledger.domain;

/** What an entry records; the table in docs/ledger.md lists the postings of each. */
public enum EntryKind {
    CAPTURE, HOLD, HOLD_POST, HOLD_VOID, REFUND, REVERSAL,
    /** A top-up's credits granted: its price moves from what the merchant is owed into the credit liability. */
    CREDIT_PURCHASE,
    /** Purchased credits consumed: liability to credit revenue. */
    CREDIT_USAGE,
    /** Purchased credits expired: liability to breakage revenue. */
    CREDIT_BREAKAGE,
    /** Purchased credits refunded: liability back to what the merchant is owed, which the payment's refund pays out. */
    CREDIT_REFUND
}
