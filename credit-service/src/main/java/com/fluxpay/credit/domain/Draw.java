package com.fluxpay.credit.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * What one movement took out of one grant for good (consumed, expired or refunded), and the money that part of the
 * grant cost: the revenue a consumption earns, the breakage an expiry books, what a refund pays back. A PAID grant's
 * draws add up to exactly its price once all of its credits are gone ({@link Grant#draw}); a FREE grant's cost
 * nothing, so {@code value} is empty.
 */
public record Draw(Allocation drawn, Optional<Money> value) {

    public Draw {
        Objects.requireNonNull(drawn, "drawn");
        Objects.requireNonNull(value, "value");
        if (value.isPresent() != (drawn.category() == GrantCategory.PAID)) {
            throw new IllegalArgumentException("a draw has a value exactly when its grant was paid: " + drawn);
        }
    }

    public GrantId grant() {
        return drawn.grant();
    }

    public long quantity() {
        return drawn.quantity();
    }

    /** The value in minor units; 0 for free credits. */
    public long amount() {
        return value.map(Money::minorUnits).orElse(0L);
    }
}
