package com.fluxpay.payment.adapter.out.persistence;

import com.fluxpay.payment.application.port.Payments;
import com.fluxpay.payment.domain.CaptureMode;
import com.fluxpay.payment.domain.FailureKind;
import com.fluxpay.payment.domain.Money;
import com.fluxpay.payment.domain.OrderId;
import com.fluxpay.payment.domain.Payment;
import com.fluxpay.payment.domain.PaymentId;
import com.fluxpay.payment.domain.PaymentState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;

/** Payments in Postgres through JPA; the mapping stays here, out of the domain. */
public class JpaPayments implements Payments {

    private final PaymentJpaRepository repository;

    public JpaPayments(PaymentJpaRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Payment> find(PaymentId id) {
        return repository.findById(id.value()).map(JpaPayments::toDomain);
    }

    @Override
    public Optional<Payment> lock(PaymentId id) {
        return repository.findAndLock(id.value()).map(JpaPayments::toDomain);
    }

    @Override
    public boolean existsForOrder(OrderId orderId) {
        return repository.existsByOrderId(orderId.value());
    }

    @Override
    public Optional<Payment> findForOrder(OrderId orderId) {
        return repository.findByOrderId(orderId.value()).map(JpaPayments::toDomain);
    }

    @Override
    public void add(Payment payment) {
        var entity = new PaymentEntity();
        entity.id = payment.id().value();
        copy(payment.snapshot(), entity);
        repository.saveAndFlush(entity);
    }

    @Override
    public void update(Payment payment) {
        var entity = repository.findById(payment.id().value())
                .orElseThrow(() -> new IllegalStateException("payment " + payment.id() + " was never stored"));
        // read under the row's lock: one state change at most (none for a failover) since it was stored
        if (payment.version() != entity.stateVersion && payment.version() != entity.stateVersion + 1) {
            throw new IllegalStateException("payment " + payment.id() + " v" + payment.version() + " is no change of"
                    + " the stored v" + entity.stateVersion + "; it was read without its lock");
        }
        copy(payment.snapshot(), entity);
        repository.save(entity);
    }

    @Override
    public List<Payment> unresolvedSince(Instant before, int limit) {
        return repository.findUnresolved(before, Limit.of(limit)).stream().map(JpaPayments::toDomain).toList();
    }

    private static void copy(Payment.Snapshot s, PaymentEntity entity) {
        entity.orderId = s.orderId().value();
        entity.tenantId = s.tenantId();
        entity.amount = s.amount().minorUnits();
        entity.currency = s.amount().currencyCode();
        entity.captureMode = s.captureMode().name();
        entity.psp = s.psp();
        entity.paymentMethod = s.paymentMethod();
        entity.attemptKey = s.attemptKey();
        entity.state = s.state().name();
        entity.pspReference = s.pspReference();
        entity.capturedAmount = s.captured().minorUnits();
        entity.refundedAmount = s.refunded().minorUnits();
        entity.failure = s.failure() == null ? null : s.failure().name();
        entity.failureDetail = s.failureDetail();
        entity.createdAt = s.createdAt();
        entity.updatedAt = s.updatedAt();
        entity.stateVersion = s.version();
    }

    private static Payment toDomain(PaymentEntity e) {
        return Payment.restore(new Payment.Snapshot(new PaymentId(e.id), new OrderId(e.orderId), e.tenantId,
                Money.of(e.amount, e.currency), CaptureMode.valueOf(e.captureMode), e.psp, e.paymentMethod,
                e.attemptKey, e.createdAt, PaymentState.valueOf(e.state), e.pspReference,
                Money.of(e.capturedAmount, e.currency), Money.of(e.refundedAmount, e.currency),
                e.failure == null ? null : FailureKind.valueOf(e.failure), e.failureDetail, e.updatedAt,
                e.stateVersion));
    }
}
