package com.fluxpay.payment.domain;

import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/** ISO-4217 codes as the JDK knows them. */
final class Currencies {

    private static final Set<String> CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private Currencies() {
    }

    static boolean isIso4217(String code) {
        return code != null && CODES.contains(code);
    }
}
