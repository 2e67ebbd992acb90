package com.fluxpay.ledger.domain;

/** Current balances on each account's normal side, as the overdraft guard needs them. */
@FunctionalInterface
public interface Balances {

    long of(AccountRef account);
}
