package com.fluxpay.contracts.ledger;

import com.fluxpay.contracts.EventType;
import java.util.List;

/** Events ledger-service publishes (on Topics.LEDGER_EVENTS). */
public final class LedgerEventTypes {

    public static final List<EventType<?>> ALL = List.of();

    private LedgerEventTypes() {
    }
}
