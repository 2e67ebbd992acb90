package com.fluxpay.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.Effect;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.inbox.EventHandlers;
import com.fluxpay.platform.testapp.ThingHappened;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Handler tables against the real database: one transaction per envelope or per batch, and what a failure keeps. */
class EventDispatcherIT extends PlatformIntegrationTest {

    @Autowired
    EventDispatcher dispatcher;

    private final String consumer = "dispatcher-it-" + UUID.randomUUID();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final List<Long> transactionIds = new CopyOnWriteArrayList<>();
    private final Map<String, Long> seenByHook = new ConcurrentHashMap<>();

    /** Writes the thing's effect; fails, after writing it, while the thing is in {@code failing}. */
    private EventHandlers things() {
        return EventHandlers.forConsumer(consumer)
                .on(ThingHappened.TYPE, (ThingHappened thing, EventEnvelope envelope) -> apply(thing, envelope))
                .afterCommit(envelope -> {
                    assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isFalse();
                    seenByHook.put(envelope.subject(), effectsOf(envelope.subject()));
                })
                .build();
    }

    private void apply(ThingHappened thing, EventEnvelope envelope) {
        jdbc.update("INSERT INTO applied_effect (event_id, thing_id) VALUES (?, ?)", envelope.id(), thing.thingId());
        transactionIds.add(jdbc.queryForObject("SELECT txid_current()", Long.class));
        if (failing.contains(thing.thingId())) {
            throw new IllegalStateException("simulated failure of " + thing.thingId());
        }
    }

    private static EventEnvelope thing(String thingId) {
        return new EventEnvelope(UUID.randomUUID(), ThingHappened.TYPE.name(), 1, "/test", Instant.now(), thingId,
                "tenant-a", null, null, null, "{\"thingId\":\"" + thingId + "\",\"behaviour\":\"ok\"}");
    }

    private long effectsOf(String thingId) {
        return jdbc.queryForObject("SELECT count(*) FROM applied_effect WHERE thing_id = ?", Long.class, thingId);
    }

    private long inboxRecordsOf(EventEnvelope envelope) {
        return jdbc.queryForObject("SELECT count(*) FROM inbox_event WHERE consumer = ? AND event_id = ?", Long.class,
                consumer, envelope.id());
    }

    private static String id(String name) {
        return name + "-" + UUID.randomUUID();
    }

    @Test
    void a_redelivered_event_runs_its_handler_once() {
        var envelope = thing(id("redelivered"));

        dispatcher.dispatch(things(), envelope);
        dispatcher.dispatch(things(), envelope);

        assertThat(effectsOf(envelope.subject())).isOne();
        assertThat(inboxRecordsOf(envelope)).isOne();
    }

    @Test
    void a_handler_that_fails_takes_its_effect_and_its_inbox_record_with_it() {
        var envelope = thing(id("fails"));
        failing.add(envelope.subject());

        assertThatThrownBy(() -> dispatcher.dispatch(things(), envelope)).hasMessageContaining("simulated failure");

        assertThat(effectsOf(envelope.subject())).isZero();
        assertThat(inboxRecordsOf(envelope)).isZero();
        assertThat(seenByHook).isEmpty();
    }

    @Test
    void a_batch_is_applied_in_one_transaction_and_each_hook_runs_after_it_committed() {
        var batch = List.of(thing(id("a")), thing(id("b")), thing(id("c")));

        dispatcher.dispatch(things(), batch);

        assertThat(transactionIds).hasSize(3).containsOnly(transactionIds.getFirst());
        assertThat(batch).allSatisfy(envelope -> {
            assertThat(effectsOf(envelope.subject())).isOne();
            assertThat(seenByHook).containsEntry(envelope.subject(), 1L);
        });
    }

    @Test
    void a_failing_envelope_in_the_middle_of_a_batch_neither_loses_nor_duplicates_the_others() {
        var before = thing(id("before"));
        var poison = thing(id("poison"));
        var after = thing(id("after"));
        failing.add(poison.subject());

        assertThatThrownBy(() -> dispatcher.dispatch(things(), List.of(before, poison, after)))
                .isInstanceOfSatisfying(BatchListenerFailedException.class,
                        failure -> assertThat(failure.getIndex()).isOne());

        // the container now commits the offset of 'before', retries 'poison' alone and sends it to the DLQ, then
        // delivers 'after' again; a redelivery of the whole batch must not apply 'before' twice either
        assertThat(effectsOf(before.subject())).isOne();
        assertThat(effectsOf(poison.subject())).isZero();
        assertThat(effectsOf(after.subject())).as("not applied before the one it follows").isZero();

        dispatcher.dispatch(things(), List.of(after));
        failing.clear();
        dispatcher.dispatch(things(), List.of(before, poison, after));

        assertThat(List.of(before, poison, after)).allSatisfy(envelope -> {
            assertThat(effectsOf(envelope.subject())).isOne();
            assertThat(inboxRecordsOf(envelope)).isOne();
        });
    }

    @Test
    void a_planned_row_in_a_batch_plans_after_the_envelopes_before_it_committed() {
        var first = thing(id("first"));
        var planned = new EventEnvelope(UUID.randomUUID(), ThingHappened.TYPE.name(), 2, "/test", Instant.now(),
                first.subject(), "tenant-a", null, null, null, "{\"thingId\":\"x\",\"behaviour\":\"ok\"}");
        var seenByPlanner = new CopyOnWriteArrayList<Long>();
        var plannedType = new com.fluxpay.contracts.EventType<>(ThingHappened.TYPE.name(), 2, ThingHappened.TOPIC,
                ThingHappened.class);
        var table = EventHandlers.forConsumer(consumer)
                .on(ThingHappened.TYPE, (ThingHappened thing, EventEnvelope envelope) -> apply(thing, envelope))
                .onPlanned(plannedType, (thing, envelope) -> {
                    // outside any transaction: sees only what is committed
                    seenByPlanner.add(effectsOf(first.subject()));
                    return Effect.inTransaction(() -> { });
                })
                .build();

        dispatcher.dispatch(table, List.of(first, planned, thing(id("last"))));

        assertThat(seenByPlanner).containsExactly(1L);
        assertThat(inboxRecordsOf(planned)).isOne();
    }
}
