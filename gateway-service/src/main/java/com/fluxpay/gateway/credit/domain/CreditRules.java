package com.fluxpay.gateway.credit.domain;

import com.fluxpay.gateway.command.Violation;
import java.util.List;
import java.util.regex.Pattern;

/** The checks every credit request shares: who the customer is, which unit, how many credits. */
final class CreditRules {

    /** credit-service's unit rule (docs/asyncapi.yaml), checked here so a bad unit is a 400 that sends nothing. */
    static final Pattern UNIT = Pattern.compile("[a-z][a-z0-9_-]{0,31}");
    static final int MAX_ID = 255;
    static final int MAX_TEXT = 500;

    private CreditRules() {
    }

    static void customerAndUnit(String customerId, String unit, List<Violation> violations) {
        if (customerId == null || customerId.isBlank() || customerId.length() > MAX_ID) {
            violations.add(new Violation("customerId", "is required: 1 to " + MAX_ID + " characters"));
        }
        if (unit == null || !UNIT.matcher(unit).matches()) {
            violations.add(new Violation("unit", "must be 1 to 32 lower-case letters, digits, _ or -, starting "
                    + "with a letter (credits, tokens)"));
        }
    }

    static void positive(String field, Long value, List<Violation> violations) {
        if (value == null) {
            violations.add(new Violation(field, "is required"));
        } else if (value <= 0) {
            violations.add(new Violation(field, "must be a positive number"));
        }
    }

    static void shortText(String field, String value, List<Violation> violations) {
        if (value != null && value.length() > MAX_TEXT) {
            violations.add(new Violation(field, "must be at most " + MAX_TEXT + " characters"));
        }
    }
}
