package com.fluxpay.ledger.adapter.out.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TrackedOrderJpaRepository extends JpaRepository<TrackedOrderEntity, String> {
}
