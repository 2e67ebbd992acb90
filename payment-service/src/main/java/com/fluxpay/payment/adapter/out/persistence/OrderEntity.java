package com.fluxpay.payment.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "orders")
class OrderEntity {

    @Id
    String id;
    @Column(name = "tenant_id")
    String tenantId;
    long amount;
    String currency;
    String description;
    String metadata;
    String status;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;
    // a boxed version is null until the row is stored: that is how Spring Data tells a new entity (whose id we
    // choose) from a stored one, so save() inserts at once instead of first SELECTing for a merge
    @Version
    Long version;
    // the domain's count of state changes, which events state; @Version above is Hibernate's, of row writes
    @Column(name = "state_version")
    long stateVersion;
}
