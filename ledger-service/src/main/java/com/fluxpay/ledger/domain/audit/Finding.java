package com.fluxpay.ledger.domain.audit;

import java.util.UUID;

/**
 * One disagreement between a payment's events and its journal entries, or in the credits: a top-up's grant missing
 * or duplicated, a credit account whose movements do not sum to its balance. For credit findings the amounts are in
 * credits and {@code currency} names the credit unit ({@code credits}).
 */
public record Finding(Kind kind, UUID sourceEventId, String eventType, long claimedAmount, long bookedAmount,
                      String currency, String detail) {

    public enum Kind {
        MISSING_ENTRY, AMOUNT_DIFFERS, CURRENCY_DIFFERS, KIND_DIFFERS, ENTRY_WITHOUT_EVENT,
        /** A top-up's payment captured the order in full, and no credit.granted of its grant arrived. */
        MISSING_GRANT,
        /** More than one credit.granted of one top-up's grant. */
        DUPLICATE_GRANT,
        /** The grant's credits are not the number the order bought. */
        QUANTITY_DIFFERS,
        /** A credit account's movements do not sum to the balance its latest event stated. */
        BALANCE_DIFFERS
    }
}
