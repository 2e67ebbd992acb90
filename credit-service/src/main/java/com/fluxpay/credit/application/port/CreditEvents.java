package com.fluxpay.credit.application.port;

import com.fluxpay.credit.domain.CreditAccount;
import com.fluxpay.credit.domain.Movement;
import java.util.List;

/** Publishes what an account booked (through the outbox, in the same transaction). */
public interface CreditEvents {

    /**
     * Each movement carries its balance after and, if it caused one, its low-balance crossing; {@code account} is
     * the account after them (what a grant or reservation they name looks like now).
     */
    void booked(CreditAccount account, List<Movement> movements);
}
