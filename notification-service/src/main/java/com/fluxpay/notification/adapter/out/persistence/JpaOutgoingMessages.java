package com.fluxpay.notification.adapter.out.persistence;

import com.fluxpay.notification.application.port.OutgoingMessages;
import com.fluxpay.notification.domain.OutgoingMessage;
import java.util.Optional;
import java.util.UUID;

/** Outgoing messages in Postgres through JPA; the mapping stays here, out of the domain. */
public class JpaOutgoingMessages implements OutgoingMessages {

    private final OutgoingMessageJpaRepository repository;

    public JpaOutgoingMessages(OutgoingMessageJpaRepository repository) {
        this.repository = repository;
    }

    @Override
    public boolean contains(UUID id) {
        return repository.existsById(id);
    }

    @Override
    public void add(OutgoingMessage message) {
        var entity = new OutgoingMessageEntity();
        entity.id = message.id();
        entity.tenantId = message.tenantId();
        entity.eventType = message.eventType();
        entity.resourceId = message.resourceId();
        entity.payload = message.payload();
        entity.occurredAt = message.occurredAt();
        entity.recordedAt = message.recordedAt();
        // flushed now: the deliveries inserted next, with plain SQL, refer to this row
        repository.saveAndFlush(entity);
    }

    @Override
    public Optional<OutgoingMessage> find(UUID id) {
        return repository.findById(id).map(e -> new OutgoingMessage(e.id, e.tenantId, e.eventType, e.resourceId,
                e.payload, e.occurredAt, e.recordedAt));
    }
}
