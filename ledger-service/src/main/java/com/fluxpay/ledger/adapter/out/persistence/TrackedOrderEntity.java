package com.fluxpay.ledger.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "tracked_order")
class TrackedOrderEntity {

    @Id
    @Column(name = "order_id")
    String orderId;
    @Column(name = "tenant_id")
    String tenantId;
    long amount;
    String currency;
    String status;
    @Column(name = "first_seen_at")
    Instant firstSeenAt;
}
