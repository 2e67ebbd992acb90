package com.fluxpay.gateway.credit.domain;

import com.fluxpay.gateway.command.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A tenant's free grant of credits to a customer. Whether {@code expiresAt} is still in the future is
 * credit-service's rule (CRD_002), decided when the grant arrives, not here.
 */
public record GrantRequest(String customerId, String unit, Long credits, Instant expiresAt, String reason) {

    /** What a grant without a reason is sent as: credit-service requires one. */
    public static final String DEFAULT_REASON = "api-grant";

    public List<Violation> violations() {
        var violations = new ArrayList<Violation>();
        CreditRules.customerAndUnit(customerId, unit, violations);
        CreditRules.positive("credits", credits, violations);
        CreditRules.shortText("reason", reason, violations);
        return violations;
    }

    public String reasonOrDefault() {
        return reason == null || reason.isBlank() ? DEFAULT_REASON : reason;
    }
}
