package com.fluxpay.credit.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/** What a tenant counts credits in ({@code credits}, {@code tokens}): configured per tenant, never mixed. */
public record CreditUnit(String code) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

    public CreditUnit {
        Objects.requireNonNull(code, "code");
        if (!isValid(code)) {
            throw new IllegalArgumentException("a credit unit is 1-32 lower-case letters, digits, '_' or '-': " + code);
        }
    }

    /** Whether {@code code} makes a unit, for a caller that answers a bad one with a refusal, not an exception. */
    public static boolean isValid(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    @Override
    public String toString() {
        return code;
    }
}
