package com.fluxpay.credit.domain;

import java.util.Objects;

/** {@code quantity} credits of one grant, moved by one movement or held by one reservation. */
public record Allocation(GrantId grant, GrantCategory category, long quantity) {

    public Allocation {
        Objects.requireNonNull(grant, "grant");
        Objects.requireNonNull(category, "category");
        if (quantity <= 0) {
            throw new IllegalArgumentException("an allocation moves at least one credit: " + quantity);
        }
    }

    static Allocation of(Grant grant, long quantity) {
        return new Allocation(grant.id(), grant.category(), quantity);
    }
}
