package com.fluxpay.notification.adapter.out.persistence;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutgoingMessageJpaRepository extends JpaRepository<OutgoingMessageEntity, UUID> {
}
