package com.fluxpay.ledger.domain;

public enum Side {
    DEBIT, CREDIT;

    public Side opposite() {
        return this == DEBIT ? CREDIT : DEBIT;
    }
}
