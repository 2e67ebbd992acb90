package com.fluxpay.ledger.application.port;

import com.fluxpay.ledger.domain.PaymentPosition;
import java.time.Instant;

/** What the ledger has booked per payment. */
public interface PaymentPositions {

    /** The payment's position, locked for the transaction; an unseen position if nothing was booked. */
    PaymentPosition lock(String paymentId);

    void save(PaymentPosition position, Instant at);
}
