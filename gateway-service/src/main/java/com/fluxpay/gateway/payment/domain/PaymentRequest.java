package com.fluxpay.gateway.payment.domain;

import com.fluxpay.gateway.command.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A client's request to pay an order, and the checks made before anything is sent on. */
public record PaymentRequest(String orderId, String paymentMethod, String psp, String captureMode,
                             Map<String, String> pspParameters) {

    public static final Set<String> PSPS = Set.of("sandbox", "toss", "stripe");
    public static final Set<String> CAPTURE_MODES = Set.of("AUTOMATIC", "MANUAL");

    public List<Violation> violations() {
        var violations = new ArrayList<Violation>();
        if (orderId == null || orderId.isBlank()) {
            violations.add(new Violation("orderId", "is required"));
        }
        if (paymentMethod == null || paymentMethod.isBlank() || paymentMethod.length() > 500) {
            violations.add(new Violation("paymentMethod", "is required: a Toss paymentKey, a Stripe payment method "
                    + "or a sandbox token such as tok_approve"));
        }
        if (psp != null && !PSPS.contains(psp)) {
            violations.add(new Violation("psp", "must be one of " + PSPS + ", or absent to route by configuration"));
        }
        if (captureMode != null && !CAPTURE_MODES.contains(captureMode)) {
            violations.add(new Violation("captureMode", "must be AUTOMATIC or MANUAL"));
        }
        if (pspParameters != null && pspParameters.size() > 20) {
            violations.add(new Violation("pspParameters", "must hold at most 20 entries"));
        }
        return violations;
    }

    public String captureModeOrDefault() {
        return captureMode == null ? "AUTOMATIC" : captureMode;
    }

    /** An amount for a capture or a refund: absent means "all that is left", else positive. */
    public static List<Violation> amountViolations(Long amount) {
        return amount != null && amount <= 0 ? List.of(new Violation("amount", "must be a positive number of minor units"))
                : List.of();
    }
}
