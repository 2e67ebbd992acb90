package com.fluxpay.ledger.domain.audit;

import java.time.Instant;
import java.util.Currency;

/** An order that buys {@code quantity} credits for {@code amount} (its metadata said so), as the auditor saw it. */
public record TopUpOrder(String orderId, String tenantId, long amount, Currency currency, String customerId,
                         String unit, long quantity, Instant seenAt) {

    /** credit-service names a top-up's grant after its order, so it is granted once. */
    public static final String GRANT_PREFIX = "topup:";

    public String grantId() {
        return GRANT_PREFIX + orderId;
    }
}
