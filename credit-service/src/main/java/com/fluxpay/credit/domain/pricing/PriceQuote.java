package com.fluxpay.credit.domain.pricing;

import java.time.Instant;

/** What pricing a usage came to. */
public sealed interface PriceQuote permits PriceQuote.Priced, PriceQuote.NotInForce {

    /** {@code version}: the policy version that priced it, to store with the reservation. */
    record Priced(long credits, int version) implements PriceQuote {
    }

    /** No version was in force at {@code at} (the usage predates the feature's first price). */
    record NotInForce(Instant at) implements PriceQuote {
    }
}
