package com.fluxpay.ledger.domain.audit;

import com.fluxpay.ledger.domain.EntryKind;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/** A journal entry of the payment as the auditor compares it: what it booked, in which currency. */
public record BookedEntry(UUID sourceEventId, EntryKind kind, long amount, Currency currency, Instant recordedAt) {
}
