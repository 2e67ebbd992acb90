package com.fluxpay.platform.testapp;

import com.fluxpay.platform.event.EventCodec;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.Inbox;
import io.micrometer.tracing.Tracer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Applies ThingHappened through the inbox and remembers what it saw, for the tests to inspect. */
@Component
public class ThingConsumer {

    public final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    public final List<String> handledInOrder = new CopyOnWriteArrayList<>();
    public final Map<String, String> traceIds = new ConcurrentHashMap<>();
    public final Map<String, String> loggedTraceIds = new ConcurrentHashMap<>();
    public final Map<String, Boolean> healed = new ConcurrentHashMap<>();

    private final Inbox inbox;
    private final EventCodec codec;
    private final JdbcTemplate jdbc;
    private final Tracer tracer;

    public ThingConsumer(Inbox inbox, EventCodec codec, JdbcTemplate jdbc, Tracer tracer) {
        this.inbox = inbox;
        this.codec = codec;
        this.jdbc = jdbc;
        this.tracer = tracer;
    }

    @KafkaListener(topics = ThingHappened.TOPIC)
    public void on(EventEnvelope envelope) {
        ThingHappened thing = codec.decode(envelope, ThingHappened.TYPE);
        String id = envelope.id().toString();
        int attempt = attempts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        if (tracer.currentSpan() != null) {
            traceIds.put(id, tracer.currentSpan().context().traceId());
        }
        // what every log line written here carries (Boot's JSON formats write the MDC)
        if (org.slf4j.MDC.get("traceId") != null) {
            loggedTraceIds.put(id, org.slf4j.MDC.get("traceId"));
        }
        inbox.receive("things", envelope, () -> {
            jdbc.update("INSERT INTO applied_effect (event_id, thing_id) VALUES (?, ?)", envelope.id(), thing.thingId());
            boolean fails = switch (thing.behaviour()) {
                case "fail-once" -> attempt == 1;
                case "fail-until-healed" -> !healed.getOrDefault(thing.thingId(), false);
                default -> false;
            };
            if (fails) {
                // thrown after the effect was written: the rollback must take the effect and the inbox row
                throw new IllegalStateException("simulated failure of " + thing.thingId() + " on attempt " + attempt);
            }
        });
        handledInOrder.add(id);
    }
}
