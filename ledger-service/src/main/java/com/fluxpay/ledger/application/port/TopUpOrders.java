package com.fluxpay.ledger.application.port;

import com.fluxpay.ledger.domain.audit.TopUpOrder;

/** Orders that buy credits, kept for the auditor. */
public interface TopUpOrders {

    /** Records the order once; the same order again changes nothing. */
    void record(TopUpOrder order);

    boolean contains(String orderId);
}
