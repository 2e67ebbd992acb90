package com.fluxpay.platform.inbox;

import static com.fluxpay.platform.inbox.InboxFakes.GREETED;
import static com.fluxpay.platform.inbox.InboxFakes.GREETED_V2;
import static com.fluxpay.platform.inbox.InboxFakes.NODDED;
import static com.fluxpay.platform.inbox.InboxFakes.WAVED;
import static com.fluxpay.platform.inbox.InboxFakes.envelope;
import static com.fluxpay.platform.inbox.InboxFakes.greeted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.event.MalformedEventException;
import com.fluxpay.platform.inbox.InboxFakes.Greeted;
import java.nio.charset.StandardCharsets;
import com.fluxpay.contracts.EventType;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class EventDispatcherTest {

    private final InboxFakes fakes = new InboxFakes();
    private final List<String> greetings = new ArrayList<>();
    private final List<String> log = new ArrayList<>();

    private final Logger dispatcherLog = (Logger) LoggerFactory.getLogger(EventDispatcher.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private EventHandlers greeter() {
        return EventHandlers.forConsumer("greeter")
                .on(GREETED, (Greeted greeted) -> greetings.add(greeted.name()))
                .ignore(WAVED)
                .build();
    }

    @AfterEach
    void detachAppender() {
        dispatcherLog.detachAppender(appender);
        dispatcherLog.setLevel(null);
    }

    @Test
    void a_row_runs_its_handler_with_the_decoded_payload_in_the_inbox_transaction() {
        var handlers = EventHandlers.forConsumer("greeter").on(GREETED, (Greeted greeted) -> {
            assertThat(fakes.transactions.open()).isTrue();
            greetings.add(greeted.name());
        }).build();

        fakes.dispatcher.dispatch(handlers, greeted("ada"));

        assertThat(greetings).containsExactly("ada");
        assertThat(fakes.table.rows).singleElement().satisfies(row -> assertThat(row.getFirst()).isEqualTo("greeter"));
    }

    @Test
    void a_redelivered_event_runs_its_handler_once() {
        var handlers = greeter();
        var envelope = greeted("ada");

        fakes.dispatcher.dispatch(handlers, envelope);
        fakes.dispatcher.dispatch(handlers, envelope);

        assertThat(greetings).containsExactly("ada");
    }

    @Test
    void an_event_type_nobody_handles_is_counted_and_does_not_fail() {
        fakes.dispatcher.dispatch(greeter(), envelope(NODDED, "{\"name\":\"ada\"}"));

        assertThat(fakes.unhandled("greeter", "test.nodded")).isEqualTo(1.0);
        assertThat(fakes.table.roundTrips).isZero();
        assertThat(greetings).isEmpty();
    }

    @Test
    void an_unhandled_type_is_logged_at_warn_once_per_consumer_then_at_debug() {
        dispatcherLog.addAppender(appender);
        dispatcherLog.setLevel(Level.DEBUG);
        appender.start();

        fakes.dispatcher.dispatch(greeter(), envelope(NODDED, "{}"));
        fakes.dispatcher.dispatch(greeter(), envelope(NODDED, "{}"));
        fakes.dispatcher.dispatch(EventHandlers.forConsumer("another").on(GREETED, g -> { }).build(),
                envelope(NODDED, "{}"));

        assertThat(appender.list).extracting(ILoggingEvent::getLevel)
                .containsExactly(Level.WARN, Level.DEBUG, Level.WARN);
        assertThat(appender.list.getFirst().getFormattedMessage()).contains("greeter", "test.nodded v1");
        assertThat(fakes.unhandled("greeter", "test.nodded")).isEqualTo(2.0);
    }

    @Test
    void an_ignored_type_costs_no_round_trip_and_is_not_counted() {
        fakes.dispatcher.dispatch(greeter(), envelope(WAVED, "{\"name\":\"ada\"}"));

        assertThat(fakes.table.roundTrips).isZero();
        assertThat(fakes.transactions.begun).isZero();
        assertThat(fakes.unhandled("greeter", "test.waved")).isZero();
    }

    @Test
    void an_ignored_type_is_not_even_decoded() {
        fakes.dispatcher.dispatch(greeter(), envelope(WAVED, "{\"name\": [\"not\", \"a\", \"string\"]}"));

        assertThat(fakes.table.roundTrips).isZero();
    }

    @Test
    void another_schema_version_of_a_handled_type_is_not_handled_but_counted() {
        fakes.dispatcher.dispatch(greeter(), envelope(GREETED_V2, "{\"name\":\"ada\"}"));

        assertThat(greetings).isEmpty();
        assertThat(fakes.unhandled("greeter", "test.greeted")).isEqualTo(1.0);
    }

    @Test
    void a_row_reads_older_schema_versions_of_its_type_and_the_names_it_had_before_a_rename() {
        var renamed = GREETED_V2.formerly(new EventType.FormerName("test.hailed", Map.of(), Map.of()));
        var handlers = EventHandlers.forConsumer("greeter-v2")
                .on(renamed, (Greeted greeted) -> greetings.add(greeted.name())).build();

        fakes.dispatcher.dispatch(handlers, envelope(GREETED, "{\"name\":\"v1\"}"));
        fakes.dispatcher.dispatch(handlers, envelope(new EventType<>("test.hailed", 1, "test.greetings",
                Greeted.class), "{\"name\":\"old name\"}"));

        assertThat(greetings).containsExactly("v1", "old name");
        assertThat(fakes.unhandled("greeter-v2", "test.greeted")).isZero();
    }

    @Test
    void a_handler_can_read_the_envelope() {
        var subjects = new ArrayList<String>();
        var handlers = EventHandlers.forConsumer("greeter")
                .on(GREETED, (Greeted greeted, EventEnvelope envelope) -> subjects.add(envelope.subject()))
                .build();

        fakes.dispatcher.dispatch(handlers, greeted("ada"));

        assertThat(subjects).containsExactly("subject-1");
    }

    @Test
    void an_envelope_row_reads_the_envelope_as_published_without_decoding_it() {
        var data = new ArrayList<String>();
        var handlers = EventHandlers.forConsumer("relay").onEnvelope(List.of(GREETED, WAVED),
                envelope -> data.add(envelope.data())).build();

        fakes.dispatcher.dispatch(handlers, envelope(WAVED, "{\"unknownToUs\":1}"));

        assertThat(data).containsExactly("{\"unknownToUs\":1}");
    }

    @Test
    void a_row_deduplicated_by_its_payload_applies_one_fact_once_whatever_envelope_carries_it() {
        var handlers = EventHandlers.forConsumer("greeter")
                .on(GREETED, (Greeted greeted) -> greetings.add(greeted.name()))
                .deduplicatedBy(greeted -> UUID.nameUUIDFromBytes(greeted.name().getBytes(StandardCharsets.UTF_8)))
                .build();

        fakes.dispatcher.dispatch(handlers, greeted("ada"));
        fakes.dispatcher.dispatch(handlers, greeted("ada"));
        fakes.dispatcher.dispatch(handlers, greeted("grace"));

        assertThat(greetings).containsExactly("ada", "grace");
    }

    @Test
    void a_planned_row_plans_outside_any_transaction_and_applies_its_effect_in_the_inbox_transaction() {
        var handlers = EventHandlers.forConsumer("greeter").onPlanned(GREETED, (greeted, envelope) -> {
            log.add("planned in a transaction: " + fakes.transactions.open());
            return Effect.inTransaction(() -> log.add("applied in a transaction: " + fakes.transactions.open()));
        }).build();

        fakes.dispatcher.dispatch(handlers, greeted("ada"));

        assertThat(log).containsExactly("planned in a transaction: false", "applied in a transaction: true");
    }

    @Test
    void a_planned_effect_hands_its_result_on_after_the_commit_and_not_for_a_duplicate() {
        var handlers = EventHandlers.forConsumer("greeter").onPlanned(GREETED, (greeted, envelope) ->
                Effect.inTransaction(() -> "hello " + greeted.name(), greeting -> log.add(greeting + " after commit, "
                        + "in a transaction: " + fakes.transactions.open()))
                        .ifDuplicate(() -> log.add("seen before"))).build();
        var envelope = greeted("ada");

        fakes.dispatcher.dispatch(handlers, envelope);
        fakes.dispatcher.dispatch(handlers, envelope);

        assertThat(log).containsExactly("hello ada after commit, in a transaction: false", "seen before");
    }

    @Test
    void a_planned_effect_of_nothing_records_nothing_so_a_redelivery_is_looked_at_again() {
        var plans = new ArrayList<String>();
        var handlers = EventHandlers.forConsumer("greeter").onPlanned(GREETED, (greeted, envelope) -> {
            plans.add(greeted.name());
            return Effect.none();
        }).afterCommit(envelope -> log.add("hook")).build();
        var envelope = greeted("ada");

        fakes.dispatcher.dispatch(handlers, envelope);
        fakes.dispatcher.dispatch(handlers, envelope);

        assertThat(plans).containsExactly("ada", "ada");
        assertThat(fakes.table.roundTrips).isZero();
        assertThat(log).isEmpty();
    }

    @Test
    void the_after_commit_hook_runs_outside_the_transaction_for_each_handled_envelope_duplicates_included() {
        var handlers = EventHandlers.forConsumer("greeter")
                .on(GREETED, (Greeted greeted) -> log.add("applied " + greeted.name()))
                .ignore(WAVED)
                .afterCommit(envelope -> log.add("committed " + envelope.type() + ", in a transaction: "
                        + fakes.transactions.open()))
                .build();
        var envelope = greeted("ada");

        fakes.dispatcher.dispatch(handlers, envelope);
        fakes.dispatcher.dispatch(handlers, envelope);
        fakes.dispatcher.dispatch(handlers, envelope(WAVED, "{}"));
        fakes.dispatcher.dispatch(handlers, envelope(NODDED, "{}"));

        assertThat(log).containsExactly("applied ada", "committed test.greeted, in a transaction: false",
                "committed test.greeted, in a transaction: false");
    }

    @Test
    void a_payload_that_does_not_bind_fails_before_any_transaction_and_skips_the_retries() {
        assertThatThrownBy(() -> fakes.dispatcher.dispatch(greeter(),
                envelope(GREETED, "{\"name\": {\"first\": \"ada\"}}")))
                .isInstanceOf(MalformedEventException.class);
        assertThat(fakes.transactions.begun).isZero();
    }

    @Test
    void a_handler_that_fails_fails_the_record_so_the_container_retries_it() {
        var handlers = EventHandlers.forConsumer("greeter").on(GREETED, (Greeted greeted) -> {
            throw new IllegalStateException("the database is away");
        }).build();

        assertThatThrownBy(() -> fakes.dispatcher.dispatch(handlers, greeted("ada")))
                .isInstanceOf(IllegalStateException.class).hasMessage("the database is away");
    }

    @Test
    void a_batch_applies_its_envelopes_in_order_and_skips_the_ones_it_does_not_handle_without_a_round_trip() {
        var handlers = greeter();

        fakes.dispatcher.dispatch(handlers, List.of(greeted("ada"), envelope(WAVED, "{}"), greeted("grace"),
                envelope(NODDED, "{}")));

        assertThat(greetings).containsExactly("ada", "grace");
        assertThat(fakes.table.roundTrips).isEqualTo(2);
        assertThat(fakes.transactions.begun).as("one transaction for the batch").isOne();
        assertThat(fakes.unhandled("greeter", "test.nodded")).isEqualTo(1.0);
    }

    @Test
    void an_unreadable_record_in_a_batch_is_named_by_its_index_after_the_ones_before_it_were_applied() {
        var batch = new ArrayList<EventEnvelope>();
        batch.add(greeted("ada"));
        batch.add(null);
        batch.add(greeted("grace"));

        assertThatThrownBy(() -> fakes.dispatcher.dispatch(greeter(), batch))
                .isInstanceOfSatisfying(org.springframework.kafka.listener.BatchListenerFailedException.class,
                        failure -> assertThat(failure.getIndex()).isOne())
                .hasRootCauseInstanceOf(MalformedEventException.class);
        assertThat(greetings).containsExactly("ada");
    }
}
