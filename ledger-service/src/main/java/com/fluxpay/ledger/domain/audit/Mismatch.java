package com.fluxpay.ledger.domain.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything wrong with one payment's books, reported as one mismatch however many findings it has, so
 * one lost event is one alert. {@code missingEvent} names an event the ledger never saw although later
 * events of the payment presuppose it (null when none is missing). {@code paymentId} names what is wrong: a payment,
 * or for credit findings a top-up's grant ({@code topup:<orderId>}) or a credit account ({@code ca_...}).
 */
public record Mismatch(String paymentId, String tenantId, String missingEvent, List<Finding> findings,
                       Instant detectedAt) {

    public Mismatch {
        Objects.requireNonNull(paymentId, "paymentId");
        findings = List.copyOf(findings);
        if (findings.isEmpty() && missingEvent == null) {
            throw new IllegalArgumentException("a mismatch of payment " + paymentId + " without anything wrong");
        }
    }
}
