package com.fluxpay.contracts.credit;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The id of a credit account, derived from what names it (tenant, customer, unit), so any service (the gateway
 * answering "what is my balance") names the same account without asking credit-service first.
 */
public final class CreditAccountIds {

    private CreditAccountIds() {
    }

    /** {@code ca_} and a name-based UUID of tenant, customer and unit: stable, and the key of its events. */
    public static String of(String tenantId, String customerId, String unit) {
        // a separator no id contains keeps ("a b", "c") and ("a", "b c") apart
        String name = tenantId + '\u0000' + customerId + '\u0000' + unit;
        return "ca_" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
