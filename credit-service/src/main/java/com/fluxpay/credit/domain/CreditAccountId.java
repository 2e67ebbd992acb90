package com.fluxpay.credit.domain;

import java.util.Objects;

/** One balance: a tenant's customer, in one credit unit. A customer holding credits and tokens has two accounts. */
public record CreditAccountId(String tenantId, String customerId, CreditUnit unit) {

    public CreditAccountId {
        requireText(tenantId, "tenantId");
        requireText(customerId, "customerId");
        Objects.requireNonNull(unit, "unit");
    }

    static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    @Override
    public String toString() {
        return tenantId + "/" + customerId + "/" + unit;
    }
}
