package com.fluxpay.credit.domain.pricing;

/**
 * Units up to and including {@code upTo} (counted over the period, after those of the tiers before) cost
 * {@code creditsPerUnit} each. The last tier is unbounded.
 */
public record Tier(long upTo, long creditsPerUnit) {

    public static final long UNBOUNDED = Long.MAX_VALUE;

    public static Tier upTo(long upTo, long creditsPerUnit) {
        return new Tier(upTo, creditsPerUnit);
    }

    public static Tier beyond(long creditsPerUnit) {
        return new Tier(UNBOUNDED, creditsPerUnit);
    }

    public boolean isUnbounded() {
        return upTo == UNBOUNDED;
    }
}
