package com.fluxpay.ledger.application.port;

import com.fluxpay.ledger.domain.audit.PaymentClaim;
import java.time.Instant;
import java.util.List;

/** What payment events claimed, as the auditor recorded them, and how far each payment has been checked. */
public interface PaymentClaims {

    /** Records a claim once; a redelivered event changes nothing. */
    void record(PaymentClaim claim);

    /** Payments with claims not yet found consistent, claimed up to {@code claimedBefore}; least recently checked first. */
    List<String> paymentsToCheck(Instant claimedBefore, int limit);

    List<PaymentClaim> of(String paymentId);

    /** Marks the payment's claims up to {@code claimedBefore} as checked at {@code at}, consistent or not. */
    void markChecked(String paymentId, Instant claimedBefore, boolean consistent, Instant at);
}
