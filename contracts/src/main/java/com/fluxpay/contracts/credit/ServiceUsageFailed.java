package com.fluxpay.contracts.credit;

import java.time.Instant;

/** The usage did not happen: release its reservation, charge nothing. Key = {@code usageId}. */
public record ServiceUsageFailed(String usageId, String reason, Instant failedAt) {
}
