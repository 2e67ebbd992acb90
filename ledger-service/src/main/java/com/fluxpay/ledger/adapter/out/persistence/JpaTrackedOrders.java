package com.fluxpay.ledger.adapter.out.persistence;

import com.fluxpay.ledger.application.port.TrackedOrders;
import com.fluxpay.ledger.domain.TrackedOrder;

/** Tracked orders in Postgres through JPA; the mapping stays here, out of the domain. */
public class JpaTrackedOrders implements TrackedOrders {

    private final TrackedOrderJpaRepository repository;

    public JpaTrackedOrders(TrackedOrderJpaRepository repository) {
        this.repository = repository;
    }

    @Override
    public boolean contains(String orderId) {
        return repository.existsById(orderId);
    }

    @Override
    public void add(TrackedOrder order) {
        var entity = new TrackedOrderEntity();
        entity.orderId = order.orderId();
        entity.tenantId = order.tenantId();
        entity.amount = order.amount();
        entity.currency = order.currency().getCurrencyCode();
        entity.status = order.status();
        entity.firstSeenAt = order.firstSeenAt();
        repository.save(entity);
    }
}
