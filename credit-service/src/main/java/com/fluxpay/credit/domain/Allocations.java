package com.fluxpay.credit.domain;

import java.util.ArrayList;
import java.util.List;

/** Arithmetic on lists of allocations. */
final class Allocations {

    private Allocations() {
    }

    static long total(List<Allocation> allocations) {
        return allocations.stream().mapToLong(Allocation::quantity).reduce(0, Math::addExact);
    }

    static long totalOf(List<Allocation> allocations, GrantCategory category) {
        return allocations.stream().filter(a -> a.category() == category).mapToLong(Allocation::quantity)
                .reduce(0, Math::addExact);
    }

    /** The first {@code quantity} credits of {@code allocations}, in their order, and what is left. */
    static Split split(List<Allocation> allocations, long quantity) {
        var taken = new ArrayList<Allocation>();
        var rest = new ArrayList<Allocation>();
        long left = quantity;
        for (Allocation allocation : allocations) {
            long take = Math.min(left, allocation.quantity());
            if (take > 0) {
                taken.add(new Allocation(allocation.grant(), allocation.category(), take));
            }
            if (allocation.quantity() > take) {
                rest.add(new Allocation(allocation.grant(), allocation.category(), allocation.quantity() - take));
            }
            left -= take;
        }
        if (left > 0) {
            throw new IllegalArgumentException("cannot take " + quantity + " from " + total(allocations));
        }
        return new Split(List.copyOf(taken), List.copyOf(rest));
    }

    record Split(List<Allocation> taken, List<Allocation> rest) {
    }
}
