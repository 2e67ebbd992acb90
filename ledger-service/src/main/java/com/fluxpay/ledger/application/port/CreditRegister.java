package com.fluxpay.ledger.application.port;

import com.fluxpay.ledger.domain.CreditMovement;
import java.time.Instant;

/** The ledger's register of credit movements, in credits (free ones too). Runs in the caller's transaction. */
public interface CreditRegister {

    /**
     * Records the movement and adds it to its account's totals, unless the account's movement of that version was
     * recorded before (under any event id).
     *
     * @return true if this call recorded it
     */
    boolean record(CreditMovement movement, Instant recordedAt);
}
