package com.fluxpay.platform.testapp;

import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.inbox.EventHandlers;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** ThingHappened through a handler table and a batch listener: what a consumer looks like once it takes batches. */
@Component
public class BatchThingConsumer {

    public static final String TOPIC = "platform.test.batch-events";
    public static final String LISTENER_ID = "batch-things";

    public final Set<String> healed = ConcurrentHashMap.newKeySet();
    public final List<Integer> batchSizes = new CopyOnWriteArrayList<>();

    private final EventDispatcher dispatcher;
    private final EventHandlers handlers;

    public BatchThingConsumer(EventDispatcher dispatcher, JdbcTemplate jdbc) {
        this.dispatcher = dispatcher;
        this.handlers = EventHandlers.forConsumer("batch-things")
                .on(ThingHappened.TYPE, (ThingHappened thing, EventEnvelope envelope) -> {
                    jdbc.update("INSERT INTO applied_effect (event_id, thing_id) VALUES (?, ?)", envelope.id(),
                            thing.thingId());
                    if ("fail-until-healed".equals(thing.behaviour()) && !healed.contains(thing.thingId())) {
                        throw new IllegalStateException("simulated failure of " + thing.thingId());
                    }
                })
                .build();
    }

    @KafkaListener(id = LISTENER_ID, topics = TOPIC, batch = "true")
    public void on(List<EventEnvelope> batch) {
        batchSizes.add(batch.size());
        dispatcher.dispatch(handlers, batch);
    }
}
