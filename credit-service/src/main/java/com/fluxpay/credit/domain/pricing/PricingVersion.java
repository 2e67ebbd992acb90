package com.fluxpay.credit.domain.pricing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of a feature's price, in force from {@code effectiveFrom} until the next version's.
 *
 * @param minimumCharge  the least a usage that is charged at all costs (a call is never priced at zero credits
 *                       by rounding), not applied to usage the free allowance covers
 * @param freeAllowance  units per period that cost nothing; the caller says how many were used this period
 */
public record PricingVersion(int version, Instant effectiveFrom, Tariff tariff, long minimumCharge,
                             long freeAllowance) {

    /** The credits for {@code quantity} units after {@code usedInPeriod} units of this period. */
    public long price(long quantity, long usedInPeriod) {
        long from = Math.max(usedInPeriod, freeAllowance);
        long to = Math.addExact(usedInPeriod, quantity);
        if (to <= from) {
            return 0;
        }
        return Math.max(minimumCharge, tariff.price(from, to));
    }

    List<Violation> violations(String field) {
        var violations = new ArrayList<Violation>();
        if (version < 1) {
            violations.add(new Violation(field + ".version", "starts at 1"));
        }
        if (effectiveFrom == null) {
            violations.add(new Violation(field + ".effectiveFrom", "is required"));
        }
        if (minimumCharge < 0) {
            violations.add(new Violation(field + ".minimumCharge", "must not be negative"));
        }
        if (freeAllowance < 0) {
            violations.add(new Violation(field + ".freeAllowance", "must not be negative"));
        }
        if (tariff == null) {
            violations.add(new Violation(field + ".tariff", "is required"));
        } else {
            violations.addAll(tariff.violations(field + ".tariff"));
        }
        return violations;
    }
}
