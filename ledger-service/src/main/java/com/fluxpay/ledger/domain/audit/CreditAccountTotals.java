package com.fluxpay.ledger.domain.audit;

import java.util.UUID;

/**
 * The ledger's own view of one credit account, summed from the movements it recorded: every credit granted, every
 * credit that left (consumed, expired, refunded), and the credits the latest event (highest version) said the account
 * holds (available, reserved and held for a refund).
 */
public record CreditAccountTotals(String accountId, String tenantId, String unit, long granted, long drawn,
                                  long movements, long lastVersion, UUID lastEventId, String lastEventType,
                                  long statedTotal) {

    public long summed() {
        return granted - drawn;
    }
}
