package com.fluxpay.ledger.domain;

/** The five kinds of account; each grows on one side (its normal balance). */
public enum AccountType {
    ASSET(Side.DEBIT), EXPENSE(Side.DEBIT), LIABILITY(Side.CREDIT), REVENUE(Side.CREDIT), EQUITY(Side.CREDIT);

    private final Side normalSide;

    AccountType(Side normalSide) {
        this.normalSide = normalSide;
    }

    public Side normalSide() {
        return normalSide;
    }
}
