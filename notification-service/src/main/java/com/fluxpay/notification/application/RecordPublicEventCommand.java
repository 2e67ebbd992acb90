package com.fluxpay.notification.application;

import java.time.Instant;
import java.util.UUID;

/** A public event happened; {@code resourceId} is what it is about, {@code payload} its JSON as published. */
public record RecordPublicEventCommand(UUID eventId, String tenantId, String eventType, String resourceId,
                                       String payload, Instant occurredAt) {
}
