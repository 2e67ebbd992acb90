package com.fluxpay.ledger.domain;

/** A two-phase hold: pending until captured in full (posted) or released (voided), and then closed for good. */
public enum HoldStatus {
    NONE, PENDING, POSTED, VOIDED
}
