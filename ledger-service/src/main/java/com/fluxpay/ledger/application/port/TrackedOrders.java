package com.fluxpay.ledger.application.port;

import com.fluxpay.ledger.domain.TrackedOrder;

/**
 * The orders the ledger has heard of. They seed the consistency auditor a later issue builds: every
 * approved payment must have its journal entry, and this is where the auditor learns which orders exist.
 */
public interface TrackedOrders {

    boolean contains(String orderId);

    void add(TrackedOrder order);
}
