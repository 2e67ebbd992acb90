package com.fluxpay.credit.domain;

import java.util.List;

/** What consuming credits without a reservation came to (usage reported after the fact). */
public sealed interface SpendOutcome permits SpendOutcome.Spent, SpendOutcome.Refused {

    record Spent(List<Movement> movements) implements SpendOutcome, Booked {
    }

    /** Nothing was consumed: the balance does not cover it (PAY_001); it is never taken in part. */
    record Refused(long available, long requested) implements SpendOutcome {
    }
}
