package com.fluxpay.ledger.domain.audit;

import java.util.UUID;

/** One disagreement between a payment's events and its journal entries. */
public record Finding(Kind kind, UUID sourceEventId, String eventType, long claimedAmount, long bookedAmount,
                      String currency, String detail) {

    public enum Kind {
        MISSING_ENTRY, AMOUNT_DIFFERS, CURRENCY_DIFFERS, KIND_DIFFERS, ENTRY_WITHOUT_EVENT
    }
}
