package com.fluxpay.payment.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fluxpay.payment.application.port.Orders;
import com.fluxpay.payment.domain.Money;
import com.fluxpay.payment.domain.Order;
import com.fluxpay.payment.domain.OrderId;
import com.fluxpay.payment.domain.OrderStatus;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Orders in Postgres through JPA; the mapping stays here, out of the domain.
 *
 * <p>A canceled order is stored as {@code CANCELLED}, the spelling from before the public API took one: during
 * a rolling update pods of the previous release read and write these rows beside the new ones, and would fail
 * on a value they do not know. {@code CANCELED} is read as well, so a later release can rewrite the rows
 * (and then write the new spelling) with no pod left that cannot read it.
 */
public class JpaOrders implements Orders {

    private static final TypeReference<Map<String, String>> METADATA = new TypeReference<>() {
    };
    private static final String STORED_CANCELED = "CANCELLED";

    private final OrderJpaRepository repository;
    private final ObjectMapper json;
    private final Clock clock;

    public JpaOrders(OrderJpaRepository repository, ObjectMapper json, Clock clock) {
        this.repository = repository;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Optional<Order> find(OrderId id) {
        return repository.findById(id.value()).map(this::toDomain);
    }

    @Override
    public Optional<Order> lock(OrderId id) {
        return repository.findAndLock(id.value()).map(this::toDomain);
    }

    @Override
    public void add(Order order) {
        var entity = new OrderEntity();
        entity.id = order.id().value();
        entity.tenantId = order.tenantId();
        entity.amount = order.amount().minorUnits();
        entity.currency = order.amount().currencyCode();
        entity.description = order.description();
        entity.metadata = write(order.metadata());
        entity.status = stored(order.status());
        entity.createdAt = order.createdAt();
        entity.updatedAt = order.createdAt();
        entity.stateVersion = order.version();
        repository.save(entity);
    }

    @Override
    public void update(Order order) {
        var entity = repository.findById(order.id().value())
                .orElseThrow(() -> new IllegalStateException("order " + order.id() + " was never stored"));
        // every change is read under the row's lock, so it is the stored version plus one; anything else would
        // publish a version twice, or for a state that is not the one stored
        if (order.version() != entity.stateVersion + 1) {
            throw new IllegalStateException("order " + order.id() + " v" + order.version() + " is no change of the"
                    + " stored v" + entity.stateVersion + "; it was read without its lock");
        }
        entity.status = stored(order.status());
        entity.stateVersion = order.version();
        entity.updatedAt = clock.instant();
        repository.save(entity);
    }

    private Order toDomain(OrderEntity entity) {
        return Order.restore(new OrderId(entity.id), entity.tenantId, Money.of(entity.amount, entity.currency),
                entity.description, read(entity.metadata), status(entity.status), entity.createdAt,
                entity.stateVersion);
    }

    static String stored(OrderStatus status) {
        return status == OrderStatus.CANCELED ? STORED_CANCELED : status.name();
    }

    static OrderStatus status(String stored) {
        return STORED_CANCELED.equals(stored) ? OrderStatus.CANCELED : OrderStatus.valueOf(stored);
    }

    private String write(Map<String, String> metadata) {
        try {
            return json.writeValueAsString(metadata);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("metadata cannot be stored", e);
        }
    }

    private Map<String, String> read(String metadata) {
        try {
            return json.readValue(metadata, METADATA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored metadata is not JSON", e);
        }
    }
}
