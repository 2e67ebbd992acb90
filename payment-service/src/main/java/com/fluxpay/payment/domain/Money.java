package com.fluxpay.payment.domain;

import java.util.Currency;
import java.util.Objects;

/** An amount in the minor unit of an ISO-4217 currency (won, cents). Never floating point. */
public record Money(long minorUnits, Currency currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(long minorUnits, String currencyCode) {
        return new Money(minorUnits, Currency.getInstance(currencyCode));
    }

    public boolean isPositive() {
        return minorUnits > 0;
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }
}
