package com.fluxpay.payment.adapter.out.persistence;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PaymentJpaRepository extends JpaRepository<PaymentEntity, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT p FROM PaymentEntity p WHERE p.id = :id")
    Optional<PaymentEntity> findAndLock(String id);

    boolean existsByOrderId(String orderId);

    Optional<PaymentEntity> findByOrderId(String orderId);

    @Query("SELECT p FROM PaymentEntity p WHERE p.state IN ('PROCESSING', 'UNKNOWN') AND p.updatedAt < :before "
            + "ORDER BY p.updatedAt")
    List<PaymentEntity> findUnresolved(Instant before, Limit limit);
}
