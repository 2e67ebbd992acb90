package com.fluxpay.gateway.order.application;

import com.fluxpay.gateway.command.TenantId;
import com.fluxpay.gateway.readmodel.domain.Stated;
import com.fluxpay.gateway.order.application.port.OrderCommands;
import com.fluxpay.gateway.order.application.port.OrderProjection;
import com.fluxpay.gateway.order.application.port.OrderViews;
import com.fluxpay.gateway.order.domain.OrderCommandView;
import com.fluxpay.gateway.order.domain.OrderRequest;
import com.fluxpay.gateway.order.domain.OrderView;
import com.fluxpay.gateway.readmodel.application.Awaiting;
import com.fluxpay.gateway.readmodel.application.ProjectionSignals;
import com.fluxpay.gateway.readmodel.domain.Cursor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** The order capability's ports in memory, a fixed clock and a short wait: its use cases without Kafka or SQL. */
public final class OrderFixture {

    public static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final String TENANT = "ten_shop";
    public static final String OTHER_TENANT = "ten_neighbour";

    private OrderFixture() {
    }

    /**
     * Waits 50 ms for an answer. Its clock is the system's, not {@link #CLOCK}: Awaiting measures its deadline
     * on the clock it is given, and on a fixed one the deadline never comes.
     */
    public static Awaiting shortWait() {
        return new Awaiting(new ProjectionSignals(), Clock.systemUTC(), Duration.ofMillis(50));
    }

    public static OrderView order(String id, String status, long amount) {
        return order(TENANT, id, status, amount, NOW);
    }

    public static OrderView order(String tenantId, String id, String status, long amount, Instant requestedAt) {
        return new OrderView(id, tenantId, status, amount, "KRW", null, Map.of(), null, null, null, requestedAt,
                requestedAt);
    }

    /** The order read model: what the views read and the projection writes, with the keyset reads it was asked. */
    public static final class InMemoryOrders implements OrderViews, OrderProjection {

        private final Map<String, OrderView> orders = new ConcurrentHashMap<>();
        private final Map<String, OrderCommandView> commands = new ConcurrentHashMap<>();
        /** The {@code limit} of every list read, in order. */
        public final List<Integer> listed = new ArrayList<>();

        public InMemoryOrders with(OrderView... views) {
            for (OrderView view : views) {
                orders.put(view.id(), view);
            }
            return this;
        }

        @Override
        public Optional<OrderView> find(TenantId tenant, String orderId) {
            String tenantId = tenant.value();
            return Optional.ofNullable(orders.get(orderId)).filter(order -> order.tenantId().equals(tenantId));
        }

        @Override
        public List<OrderView> list(TenantId tenant, Optional<Cursor> after, int limit) {
            String tenantId = tenant.value();
            listed.add(limit);
            Comparator<OrderView> newestFirst = Comparator.comparing(OrderView::requestedAt)
                    .thenComparing(OrderView::id).reversed();
            return orders.values().stream().filter(order -> order.tenantId().equals(tenantId))
                    .filter(order -> after.map(cursor -> isAfter(order, cursor)).orElse(true))
                    .sorted(newestFirst).limit(limit).toList();
        }

        private static boolean isAfter(OrderView order, Cursor cursor) {
            int byTime = order.requestedAt().compareTo(cursor.createdAt());
            return byTime < 0 || byTime == 0 && order.id().compareTo(cursor.id()) < 0;
        }

        @Override
        public Optional<OrderCommandView> findCommand(TenantId tenant, String commandId) {
            String tenantId = tenant.value();
            return Optional.ofNullable(commands.get(commandId)).filter(command -> command.tenantId().equals(tenantId));
        }

        @Override
        public void markCreated(OrderView created, long version) {
            orders.put(created.id(), created);
        }

        @Override
        public void markRejected(String orderId, String tenantId, String code, String reason, Instant at) {
            orders.computeIfPresent(orderId, (id, order) -> changed(order, OrderView.REJECTED, code, reason, null, at));
        }

        @Override
        public void markStated(String orderId, Stated state) {
            orders.computeIfPresent(orderId, (id, order) -> changed(order, state.status(), null, null, null, state.at()));
        }

        @Override
        public void markCanceled(String orderId, Stated state, String cause, String code, String reason) {
            orders.computeIfPresent(orderId, (id, order) -> changed(order, state.status(), code, reason, cause,
                    state.at()));
        }

        @Override
        public void markCommandRejected(String commandId, String code, String reason, Instant at) {
            commands.computeIfPresent(commandId, (id, command) -> new OrderCommandView(command.id(), command.orderId(),
                    command.tenantId(), command.kind(), OrderCommandView.REJECTED, code, reason, command.requestedAt()));
        }

        @Override
        public void insertRequested(OrderView requested) {
            orders.putIfAbsent(requested.id(), requested);
        }

        @Override
        public void insertCommand(OrderCommandView command) {
            commands.putIfAbsent(command.id(), command);
        }

        private static OrderView changed(OrderView order, String status, String code, String reason, String cause,
                                         Instant at) {
            return new OrderView(order.id(), order.tenantId(), status, order.amount(), order.currency(),
                    order.description(), order.metadata(), code, reason, cause, order.requestedAt(), at);
        }
    }

    /**
     * What the gateway sends to payment-service, recorded; like the outbox adapter it writes the REQUESTED row in
     * the same step. {@code answer} plays payment-service answering before the wait ends (by default it does not).
     */
    public static final class SentOrderCommands implements OrderCommands {

        private final InMemoryOrders orders;
        public final List<OrderView> creations = new ArrayList<>();
        public final List<OrderCommandView> changes = new ArrayList<>();
        public final List<String> reasons = new ArrayList<>();
        private Consumer<String> onCreation = orderId -> { };
        private Consumer<OrderCommandView> onChange = command -> { };

        public SentOrderCommands(InMemoryOrders orders) {
            this.orders = orders;
        }

        /** payment-service's answer to a new order, given its id. */
        public SentOrderCommands answeringCreation(Consumer<String> answer) {
            this.onCreation = answer;
            return this;
        }

        public SentOrderCommands answeringChange(Consumer<OrderCommandView> answer) {
            this.onChange = answer;
            return this;
        }

        @Override
        public void requestCreation(String orderId, TenantId tenant, OrderRequest request, Instant requestedAt) {
            String tenantId = tenant.value();
            var requested = new OrderView(orderId, tenantId, OrderView.REQUESTED, request.amount(), request.currency(),
                    request.description(), request.metadata() == null ? Map.of() : request.metadata(), null, null, null,
                    requestedAt, requestedAt);
            orders.insertRequested(requested);
            creations.add(requested);
            onCreation.accept(orderId);
        }

        @Override
        public void requestChange(OrderCommandView command, String reason) {
            orders.insertCommand(command);
            changes.add(command);
            reasons.add(reason);
            onChange.accept(command);
        }
    }
}
