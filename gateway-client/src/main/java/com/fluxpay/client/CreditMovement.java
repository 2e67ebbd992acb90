package com.fluxpay.client;

import java.time.Instant;

/** One line of a credit statement, with the balance after it. */
public record CreditMovement(String id, Kind kind, long credits, CreditBalance balanceAfter, String grantId,
                             String usageId, String cause, Instant at) {

    public enum Kind {
        GRANTED, RESERVED, DEDUCTED, RELEASED, REFUNDED, EXPIRED
    }
}
