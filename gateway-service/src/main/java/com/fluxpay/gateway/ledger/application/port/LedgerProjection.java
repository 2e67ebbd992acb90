package com.fluxpay.gateway.ledger.application.port;

import com.fluxpay.contracts.ledger.LedgerEntryPosted;

/** What ledger-service's entries write into the gateway's ledger read model. */
public interface LedgerProjection {

    /** Applies one booked entry; a redelivered one changes nothing. */
    void project(LedgerEntryPosted entry);
}
