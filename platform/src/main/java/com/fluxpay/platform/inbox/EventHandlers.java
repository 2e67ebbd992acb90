package com.fluxpay.platform.inbox;

import com.fluxpay.contracts.EventType;
import com.fluxpay.platform.event.EventCodec;
import com.fluxpay.platform.event.EventEnvelope;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A consumer's handler table: one row per event type it applies, the types it explicitly leaves alone, and an
 * optional hook run after each commit. The {@link EventDispatcher} runs every envelope through it and the
 * {@link Inbox}; a type with no row that is not ignored either is counted and logged, never silently dropped.
 *
 * <pre>{@code
 * EventHandlers.forConsumer("payment-events")          // the inbox's consumer name: never rename it
 *     .on(PaymentEventTypes.APPROVED, e -> posting.post(...))            // in the inbox transaction, once
 *     .on(PaymentEventTypes.REFUNDED, (e, envelope) -> ...)              // the same, with the envelope
 *     .onPlanned(PaymentEventTypes.CAPTURE, (c, envelope) -> {           // first outside any transaction
 *         var answer = psp.capture(c);                                   //   (a PSP call),
 *         return Effect.inTransaction(() -> settle(c, answer));          //   then once, in it
 *     })
 *     .ignore(PaymentEventTypes.COMMAND_REJECTED)                        // on the topic, not for us
 *     .afterCommit(envelope -> signals.projected(envelope.subject()))
 *     .build();
 * }</pre>
 *
 * A row matches an envelope as {@link EventType#matches} does: the type's name or a former one (a rename in
 * flight), at any schema version up to the row's own (a tolerant reader deployed before its producer). Tables
 * are immutable and built once, when the consumer is constructed.
 */
public final class EventHandlers {

    private final String consumer;
    private final Map<TypeKey, Row<?>> rows;
    private final Map<TypeKey, EventType<?>> ignored;
    private final Consumer<EventEnvelope> afterCommit;
    private final List<EventType<?>> handledTypes;
    private final List<EventType<?>> ignoredTypes;

    private EventHandlers(State state) {
        this.consumer = state.consumer;
        this.rows = Map.copyOf(state.rows);
        this.ignored = Map.copyOf(state.ignored);
        this.afterCommit = state.afterCommit;
        this.handledTypes = List.copyOf(state.rows.values().stream().<EventType<?>>map(Row::type).toList());
        this.ignoredTypes = List.copyOf(state.ignored.values());
    }

    /** Starts the table of the consumer that the inbox knows as {@code consumer}. */
    public static Builder forConsumer(String consumer) {
        Objects.requireNonNull(consumer, "consumer");
        if (consumer.isBlank()) {
            throw new IllegalArgumentException("a consumer needs a name: the inbox records events under it");
        }
        return new Builder(new State(consumer));
    }

    /** The name the inbox records this consumer's events under. */
    public String consumer() {
        return consumer;
    }

    /** The types with a row, in the order they were declared. */
    public List<EventType<?>> handledTypes() {
        return handledTypes;
    }

    /** The types explicitly left alone. */
    public List<EventType<?>> ignoredTypes() {
        return ignoredTypes;
    }

    /** True if the table has a row for {@code type} or ignores it explicitly. */
    public boolean covers(EventType<?> type) {
        TypeKey key = TypeKey.of(type);
        return rows.containsKey(key) || ignored.containsKey(key);
    }

    Row<?> rowFor(EventEnvelope envelope) {
        Row<?> exact = rows.get(TypeKey.of(envelope));
        if (exact != null) {
            return exact;
        }
        // an older schema version or a former name: rare, and a table has a handful of rows
        return rows.values().stream().filter(row -> row.type().matches(envelope.type(), envelope.schemaVersion()))
                .findFirst().orElse(null);
    }

    boolean ignores(EventEnvelope envelope) {
        return ignored.containsKey(TypeKey.of(envelope)) || ignored.values().stream()
                .anyMatch(type -> type.matches(envelope.type(), envelope.schemaVersion()));
    }

    void committed(EventEnvelope envelope) {
        afterCommit.accept(envelope);
    }

    @Override
    public String toString() {
        return "EventHandlers[" + consumer + ": " + handledTypes.stream().map(EventType::name).toList() + ", ignoring "
                + ignoredTypes.stream().map(EventType::name).toList() + "]";
    }

    /** A row's handler that also reads the envelope (its subject, tenant or id). */
    @FunctionalInterface
    public interface Handler<T> {
        void handle(T payload, EventEnvelope envelope);
    }

    /**
     * A row's first step, run outside any transaction: for work that must not hold the inbox transaction open (a
     * PSP call) or that must follow its commit (a charge after its payment is stored). It answers the
     * {@link Effect} to apply in the transaction. It runs for a redelivery too: only the inbox knows a duplicate.
     */
    @FunctionalInterface
    public interface Planner<T> {
        Effect plan(T payload, EventEnvelope envelope);
    }

    /** Declares a table's rows; each {@code on...} returns a builder that can still refine the row just added. */
    public static class Builder {

        final State state;

        Builder(State state) {
            this.state = state;
        }

        /** A row: {@code handler} gets the decoded payload, once, in the inbox transaction. */
        public <T> RowBuilder<T> on(EventType<T> type, Consumer<? super T> handler) {
            Objects.requireNonNull(handler, "handler");
            return on(type, (T payload, EventEnvelope envelope) -> handler.accept(payload));
        }

        /** A row whose handler also gets the envelope; once, in the inbox transaction. */
        public <T> RowBuilder<T> on(EventType<T> type, Handler<? super T> handler) {
            Objects.requireNonNull(handler, "handler");
            return add(new Row<T>(type, true, false,
                    (payload, envelope) -> Effect.inTransaction(() -> handler.handle(payload, envelope)), null));
        }

        /**
         * A row that plans outside any transaction first (see {@link Planner}), then applies the planned
         * {@link Effect} once, in the inbox transaction. In a batch the envelopes before it commit first, since its
         * planning must see their effects.
         */
        public <T> RowBuilder<T> onPlanned(EventType<T> type, Planner<? super T> planner) {
            Objects.requireNonNull(planner, "planner");
            return add(new Row<T>(type, true, true, planner, null));
        }

        /**
         * One row for each of {@code types} whose handler reads the envelope as published, payload not decoded:
         * for a consumer that passes events on and must keep fields its contracts do not know yet.
         */
        public Builder onEnvelope(Collection<? extends EventType<?>> types, Consumer<EventEnvelope> handler) {
            Objects.requireNonNull(handler, "handler");
            if (types.isEmpty()) {
                throw new IllegalArgumentException("onEnvelope needs at least one type");
            }
            for (EventType<?> type : types) {
                addUndecoded(type, handler);
            }
            return this;
        }

        private <T> void addUndecoded(EventType<T> type, Consumer<EventEnvelope> handler) {
            add(new Row<T>(type, false, false,
                    (payload, envelope) -> Effect.inTransaction(() -> handler.accept(envelope)), null));
        }

        /** Types that arrive on the consumer's topics and are deliberately left alone: no row, no database work. */
        public Builder ignore(EventType<?>... types) {
            return ignore(Arrays.asList(types));
        }

        /** As {@link #ignore(EventType[])}. */
        public Builder ignore(Collection<? extends EventType<?>> types) {
            for (EventType<?> type : types) {
                TypeKey key = TypeKey.of(type);
                if (state.rows.containsKey(key)) {
                    throw new IllegalArgumentException(describe(type) + " has a row in " + state.consumer
                            + " and cannot also be ignored");
                }
                if (state.ignored.putIfAbsent(key, type) != null) {
                    throw new IllegalArgumentException(describe(type) + " is ignored twice in " + state.consumer);
                }
            }
            return this;
        }

        /**
         * Runs {@code hook} for every envelope a row handled, once its effect is committed (for a duplicate: was
         * committed before), outside any transaction. Not for ignored or unhandled types. A hook that fails does
         * not undo the commit: the record is retried and the inbox finds it applied.
         */
        public Builder afterCommit(Consumer<EventEnvelope> hook) {
            Objects.requireNonNull(hook, "hook");
            if (state.afterCommit != State.NO_HOOK) {
                throw new IllegalStateException(state.consumer + " already has an after-commit hook");
            }
            state.afterCommit = hook;
            return this;
        }

        public EventHandlers build() {
            if (state.rows.isEmpty()) {
                throw new IllegalStateException(state.consumer + " has no rows: it would consume nothing");
            }
            return new EventHandlers(state);
        }

        private <T> RowBuilder<T> add(Row<T> row) {
            TypeKey key = TypeKey.of(row.type());
            if (state.ignored.containsKey(key)) {
                throw new IllegalArgumentException(describe(row.type()) + " is ignored in " + state.consumer
                        + " and cannot also have a row");
            }
            if (state.rows.putIfAbsent(key, row) != null) {
                throw new IllegalArgumentException(describe(row.type()) + " has two rows in " + state.consumer);
            }
            return new RowBuilder<>(state, row);
        }
    }

    /** The builder right after a row was added: the row can still be refined. */
    public static final class RowBuilder<T> extends Builder {

        private final Row<T> row;

        RowBuilder(State state, Row<T> row) {
            super(state);
            this.row = row;
        }

        /**
         * Decides "applied before" by the id {@code deduplicationId} derives from the payload instead of the
         * envelope's id: for facts that reach us in several envelopes (a PSP resends a webhook, the gateway
         * publishes each delivery). See {@link Inbox#receive(String, EventEnvelope, UUID, Runnable)}.
         */
        public Builder deduplicatedBy(Function<? super T, UUID> deduplicationId) {
            Objects.requireNonNull(deduplicationId, "deduplicationId");
            if (!row.decoded()) {
                throw new IllegalStateException("an undecoded row has no payload to derive an id from");
            }
            state.rows.put(TypeKey.of(row.type()), row.deduplicatedBy(deduplicationId));
            return new Builder(state);
        }
    }

    /**
     * One row. {@code decoded}: the payload is decoded (else the handler reads the envelope); {@code planned}: its
     * planner does work outside the transaction, so it cannot share a batch's transaction.
     */
    record Row<T>(EventType<T> type, boolean decoded, boolean planned, Planner<? super T> planner,
                  Function<? super T, UUID> deduplicationId) {

        Row<T> deduplicatedBy(Function<? super T, UUID> id) {
            return new Row<>(type, decoded, planned, planner, id);
        }

        /** Decodes (a payload that does not bind fails here, before any transaction) and plans. */
        Prepared prepare(EventEnvelope envelope, EventCodec codec) {
            T payload = decoded ? codec.decode(envelope, type) : null;
            UUID id = deduplicationId == null ? envelope.id() : deduplicationId.apply(payload);
            Objects.requireNonNull(id, "deduplication id of " + envelope.id());
            Effect effect = Objects.requireNonNull(planner.plan(payload, envelope), "planned effect");
            return new Prepared(effect, id);
        }
    }

    record Prepared(Effect effect, UUID deduplicationId) {
    }

    record TypeKey(String name, int version) {

        static TypeKey of(EventType<?> type) {
            return new TypeKey(type.name(), type.version());
        }

        static TypeKey of(EventEnvelope envelope) {
            return new TypeKey(envelope.type(), envelope.schemaVersion());
        }
    }

    static String describe(EventType<?> type) {
        return type.name() + " v" + type.version();
    }

    static final class State {

        static final Consumer<EventEnvelope> NO_HOOK = envelope -> { };

        final String consumer;
        final Map<TypeKey, Row<?>> rows = new LinkedHashMap<>();
        final Map<TypeKey, EventType<?>> ignored = new LinkedHashMap<>();
        Consumer<EventEnvelope> afterCommit = NO_HOOK;

        State(String consumer) {
            this.consumer = consumer;
        }
    }
}
