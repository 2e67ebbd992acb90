package com.fluxpay.ledger.application;

import com.fluxpay.ledger.domain.audit.ClaimKind;
import java.util.UUID;

/** A payment event's claim about money, as decoded from the wire; {@code orderId} null where the event names none. */
public record ClaimCommand(UUID sourceEventId, String eventType, String paymentId, String tenantId, ClaimKind kind,
                           long amount, String currency, String orderId) {
}
