package com.fluxpay.credit.domain.pricing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a client service's feature costs in credits, as versions with an effective time: a usage is priced by the
 * version in force when it was requested, so a price change never reprices a request already made.
 * Built from configuration, checked by {@link #violations()} before use.
 */
public record PricingPolicy(String clientService, String feature, List<PricingVersion> versions) {

    public PricingPolicy {
        versions = versions == null ? List.of() : List.copyOf(versions);
    }

    public PriceQuote price(long quantity, Instant at) {
        return price(quantity, 0, at);
    }

    /** {@code usedInPeriod}: units of this feature already used this period (for the allowance and the tiers). */
    public PriceQuote price(long quantity, long usedInPeriod, Instant at) {
        if (quantity < 0 || usedInPeriod < 0) {
            throw new IllegalArgumentException("usage is never negative: " + quantity + " after " + usedInPeriod);
        }
        if (!violations().isEmpty()) {
            throw new IllegalStateException("policy " + clientService + "/" + feature + " is invalid: " + violations());
        }
        return versionAt(at)
                .<PriceQuote>map(version -> new PriceQuote.Priced(version.price(quantity, usedInPeriod),
                        version.version()))
                .orElseGet(() -> new PriceQuote.NotInForce(at));
    }

    public Optional<PricingVersion> versionAt(Instant at) {
        return versions.stream().filter(version -> !version.effectiveFrom().isAfter(at))
                .max(Comparator.comparing(PricingVersion::effectiveFrom));
    }

    public List<Violation> violations() {
        var violations = new ArrayList<Violation>();
        if (clientService == null || clientService.isBlank()) {
            violations.add(new Violation("clientService", "is required"));
        }
        if (feature == null || feature.isBlank()) {
            violations.add(new Violation("feature", "is required"));
        }
        if (versions.isEmpty()) {
            violations.add(new Violation("versions", "needs at least one version"));
        }
        for (int i = 0; i < versions.size(); i++) {
            var field = "versions[" + i + "]";
            var version = versions.get(i);
            violations.addAll(version.violations(field));
            if (i > 0) {
                violations.addAll(followsPrevious(field, versions.get(i - 1), version));
            }
        }
        return violations;
    }

    // versions listed in the order they take effect: one version in force at any instant, numbers never reused
    private static List<Violation> followsPrevious(String field, PricingVersion previous, PricingVersion version) {
        var violations = new ArrayList<Violation>();
        if (version.version() <= previous.version()) {
            violations.add(new Violation(field + ".version", "must be above the previous version's ("
                    + previous.version() + ")"));
        }
        if (version.effectiveFrom() != null && previous.effectiveFrom() != null
                && !version.effectiveFrom().isAfter(previous.effectiveFrom())) {
            violations.add(new Violation(field + ".effectiveFrom", "must be after the previous version's ("
                    + previous.effectiveFrom() + ")"));
        }
        return violations;
    }
}
