package com.fluxpay.ledger.application.port;

import com.fluxpay.ledger.domain.audit.Mismatch;
import java.time.Instant;

/** Announces mismatches to the fleet (through the outbox, in the caller's transaction). */
public interface MismatchEvents {

    void detected(String mismatchId, Mismatch mismatch);

    void resolved(String mismatchId, Mismatch mismatch, Instant at);
}
