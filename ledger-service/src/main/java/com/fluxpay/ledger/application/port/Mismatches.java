package com.fluxpay.ledger.application.port;

import com.fluxpay.ledger.domain.audit.Mismatch;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Mismatches the auditor reported: at most one open per payment. */
public interface Mismatches {

    record Open(String mismatchId, Mismatch mismatch) {
    }

    Optional<Open> openFor(String paymentId);

    /** Opens a mismatch unless the payment has one open already; true if this call opened it. */
    boolean open(String mismatchId, Mismatch mismatch);

    void resolve(String mismatchId, Instant at);

    List<Open> allOpen();

    long countOpen();
}
