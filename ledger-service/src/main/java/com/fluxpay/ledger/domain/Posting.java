package com.fluxpay.ledger.domain;

import java.util.Objects;

/** One line of a journal entry: an amount in minor units, debited or credited to one account. */
public record Posting(AccountRef account, Side side, long amount) {

    public Posting {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(side, "side");
        if (amount <= 0) {
            throw new IllegalArgumentException("a posting moves a positive amount, not " + amount);
        }
    }

    public static Posting debit(AccountRef account, long amount) {
        return new Posting(account, Side.DEBIT, amount);
    }

    public static Posting credit(AccountRef account, long amount) {
        return new Posting(account, Side.CREDIT, amount);
    }

    /** The debit side counts up and the credit side down, so a balanced entry sums to zero. */
    public long signed() {
        return side == Side.DEBIT ? amount : -amount;
    }

    Posting reversed() {
        return new Posting(account, side.opposite(), amount);
    }
}
