package com.fluxpay.credit.application.port;

import com.fluxpay.credit.domain.CreditAccountId;
import com.fluxpay.credit.domain.Movement;
import java.util.List;

/** Publishes what an account booked (through the outbox, in the same transaction). */
public interface CreditEvents {

    /** Each movement carries its balance after and, if it caused one, its low-balance crossing. */
    void booked(CreditAccountId account, List<Movement> movements);
}
