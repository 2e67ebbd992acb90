package com.fluxpay.gateway.credit.domain;

import com.fluxpay.gateway.command.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * A tenant's request to hold {@code credits} of a customer's {@code unit} for a usage of {@code feature}, for at
 * most {@code timeoutSeconds} (absent: credit-service's default).
 */
public record UsageRequest(String customerId, String unit, String feature, Long credits, Long timeoutSeconds) {

    /** A hold longer than a day is a forgotten hold, not a usage. */
    public static final long MAX_TIMEOUT_SECONDS = 86_400;

    public List<Violation> violations() {
        var violations = new ArrayList<Violation>();
        CreditRules.customerAndUnit(customerId, unit, violations);
        if (feature == null || feature.isBlank() || feature.length() > CreditRules.MAX_ID) {
            violations.add(new Violation("feature", "is required: 1 to " + CreditRules.MAX_ID + " characters"));
        }
        CreditRules.positive("credits", credits, violations);
        if (timeoutSeconds != null && (timeoutSeconds <= 0 || timeoutSeconds > MAX_TIMEOUT_SECONDS)) {
            violations.add(new Violation("timeoutSeconds", "must be 1 to " + MAX_TIMEOUT_SECONDS + " seconds"));
        }
        return violations;
    }

    /** The actual credits of a completed usage: 0 up to what was held (the rest goes back). */
    public static List<Violation> completionViolations(Long credits, long reserved) {
        if (credits == null) {
            return List.of(new Violation("credits", "is required"));
        }
        if (credits < 0 || credits > reserved) {
            return List.of(new Violation("credits", "must be 0 to the " + reserved + " credits reserved"));
        }
        return List.of();
    }
}
