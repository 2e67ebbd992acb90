package com.fluxpay.contracts.credit;

import java.time.Instant;

/**
 * The usage finished: charge {@code quantity} credits of its reservation (at most what was reserved; the rest is
 * released). Key = {@code usageId}.
 */
public record ServiceUsageCompleted(String usageId, long quantity, Instant completedAt) {
}
