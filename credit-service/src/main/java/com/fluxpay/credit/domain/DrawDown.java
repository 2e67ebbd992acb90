package com.fluxpay.credit.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Which grants a draw of some credits takes from: a pure function of the grants, the order and the instant. */
public final class DrawDown {

    private DrawDown() {
    }

    /**
     * Takes what each grant has available at {@code now}, in {@code order}, until {@code quantity} is covered.
     * A plan that falls short says by how much; it is never applied in part.
     */
    public static Plan plan(Collection<Grant> grants, long quantity, DrawDownOrder order, Instant now) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("a draw takes at least one credit: " + quantity);
        }
        var allocations = new ArrayList<Allocation>();
        long left = quantity;
        for (Grant grant : grants.stream().sorted(order.comparator()).toList()) {
            long take = Math.min(left, grant.availableAt(now));
            if (take > 0) {
                allocations.add(Allocation.of(grant, take));
                left -= take;
            }
            if (left == 0) {
                break;
            }
        }
        return new Plan(List.copyOf(allocations), quantity);
    }

    public record Plan(List<Allocation> allocations, long requested) {

        public long drawn() {
            return Allocations.total(allocations);
        }

        public boolean covered() {
            return drawn() == requested;
        }
    }
}
