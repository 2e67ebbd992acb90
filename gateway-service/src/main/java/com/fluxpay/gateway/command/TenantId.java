package com.fluxpay.gateway.command;

import java.util.Objects;

/**
 * Whose request this is: every read and command of the merchant API is scoped by it. A type of its own so that
 * a tenant id and the id of what it owns cannot be swapped: {@code find(orderId, tenantId)} does not compile.
 */
public record TenantId(String value) {

    public TenantId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a tenant id is not blank");
        }
    }

    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
