package com.fluxpay.notification.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "outgoing_message")
class OutgoingMessageEntity {

    @Id
    UUID id;
    @Column(name = "tenant_id")
    String tenantId;
    @Column(name = "event_type")
    String eventType;
    @Column(name = "resource_id")
    String resourceId;
    String payload;
    @Column(name = "occurred_at")
    Instant occurredAt;
    @Column(name = "recorded_at")
    Instant recordedAt;
}
