package com.fluxpay.payment.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "payments")
class PaymentEntity {

    @Id
    String id;
    @Column(name = "order_id")
    String orderId;
    @Column(name = "tenant_id")
    String tenantId;
    long amount;
    String currency;
    @Column(name = "capture_mode")
    String captureMode;
    String psp;
    @Column(name = "payment_method")
    String paymentMethod;
    @Column(name = "attempt_key")
    String attemptKey;
    String state;
    @Column(name = "psp_reference")
    String pspReference;
    @Column(name = "captured_amount")
    long capturedAmount;
    @Column(name = "refunded_amount")
    long refundedAmount;
    String failure;
    @Column(name = "failure_detail")
    String failureDetail;
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
