package com.fluxpay.credit.domain;

import java.util.Currency;
import java.util.Objects;

/** What a top-up cost, in the minor unit of an ISO-4217 currency (won, cents). Never floating point. */
public record Money(long minorUnits, Currency currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (minorUnits < 0) {
            throw new IllegalArgumentException("a price is never negative: " + minorUnits);
        }
    }

    public static Money of(long minorUnits, String currencyCode) {
        return new Money(minorUnits, Currency.getInstance(currencyCode));
    }

    @Override
    public String toString() {
        return minorUnits + " " + currency.getCurrencyCode();
    }
}
