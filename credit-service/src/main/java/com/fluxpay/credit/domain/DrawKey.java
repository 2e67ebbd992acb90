package com.fluxpay.credit.domain;

import java.time.Instant;
import java.util.Comparator;

/** One criterion of a draw-down order; earlier keys decide first. */
public enum DrawKey {
    /** Lower priority number first (1 before 2), as Lago and OpenMeter do. */
    PRIORITY(Comparator.comparingInt(Grant::priority)),
    /** Earliest expiry first; grants that never expire last, so nothing expires that could have been used. */
    EXPIRY(Comparator.comparing(Grant::expiresAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))),
    /** Free credits before paid ones: what the customer paid for lasts longest (Stigg's default). */
    FREE_FIRST(Comparator.comparing(grant -> grant.category() == GrantCategory.PAID)),
    /** Paid credits before free ones: revenue is recognised first. */
    PAID_FIRST(Comparator.comparing(grant -> grant.category() == GrantCategory.FREE)),
    /** The grant added to the account first. */
    OLDEST(Comparator.comparingLong(Grant::sequence));

    private final Comparator<Grant> comparator;

    DrawKey(Comparator<Grant> comparator) {
        this.comparator = comparator;
    }

    Comparator<Grant> comparator() {
        return comparator;
    }
}
