package com.fluxpay.credit.domain.pricing;

import java.util.ArrayList;
import java.util.List;

/** How units turn into credits, before any allowance or minimum. */
public sealed interface Tariff permits Tariff.PerUnit, Tariff.Graduated {

    /** The credits for the units at positions {@code from + 1 .. to} of the period (graduated tiers care which). */
    long price(long from, long to);

    List<Violation> violations(String field);

    /** Every unit costs the same. */
    record PerUnit(long creditsPerUnit) implements Tariff {

        @Override
        public long price(long from, long to) {
            return Math.multiplyExact(to - from, creditsPerUnit);
        }

        @Override
        public List<Violation> violations(String field) {
            return creditsPerUnit < 0
                    ? List.of(new Violation(field + ".creditsPerUnit", "must not be negative")) : List.of();
        }
    }

    /** Each unit costs the price of the tier its position falls in: graduated, not volume. */
    record Graduated(List<Tier> tiers) implements Tariff {

        @Override
        public long price(long from, long to) {
            long credits = 0;
            long tierStart = 0;
            for (Tier tier : tiers) {
                long overlap = Math.min(to, tier.upTo()) - Math.max(from, tierStart);
                if (overlap > 0) {
                    credits = Math.addExact(credits, Math.multiplyExact(overlap, tier.creditsPerUnit()));
                }
                tierStart = tier.upTo();
            }
            return credits;
        }

        @Override
        public List<Violation> violations(String field) {
            if (tiers == null || tiers.isEmpty()) {
                return List.of(new Violation(field + ".tiers", "needs at least one tier"));
            }
            var violations = new ArrayList<Violation>();
            long previous = 0;
            for (int i = 0; i < tiers.size(); i++) {
                var tier = tiers.get(i);
                var at = field + ".tiers[" + i + "]";
                if (tier.upTo() <= previous) {
                    violations.add(new Violation(at + ".upTo", "must be above the previous tier's (" + previous + ")"));
                }
                if (tier.creditsPerUnit() < 0) {
                    violations.add(new Violation(at + ".creditsPerUnit", "must not be negative"));
                }
                previous = Math.max(previous, tier.upTo());
            }
            if (!tiers.getLast().isUnbounded()) {
                violations.add(new Violation(field + ".tiers[" + (tiers.size() - 1) + "].upTo",
                        "the last tier must be unbounded, or usage beyond it has no price"));
            }
            return violations;
        }
    }
}
