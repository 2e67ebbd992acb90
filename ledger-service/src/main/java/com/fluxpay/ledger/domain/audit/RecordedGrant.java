package com.fluxpay.ledger.domain.audit;

import java.time.Instant;
import java.util.UUID;

/** A credit.granted as the credit register recorded it. */
public record RecordedGrant(UUID sourceEventId, String accountId, String grantId, long quantity, Instant recordedAt) {
}
