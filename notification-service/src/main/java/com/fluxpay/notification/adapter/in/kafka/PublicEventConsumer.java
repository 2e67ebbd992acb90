package com.fluxpay.notification.adapter.in.kafka;

import com.fluxpay.contracts.EventType;
import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.notification.application.RecordPublicEventCommand;
import com.fluxpay.notification.application.RecordingPublicEvent;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.event.MalformedEventException;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.inbox.EventHandlers;
import java.util.List;
import java.util.Set;
import org.springframework.kafka.annotation.KafkaListener;

/** Public order and payment events: check they can be delivered, record each once, nothing else. */
public class PublicEventConsumer {

    static final String CONSUMER = "public-events";

    /** Topics whose facts merchants receive. */
    static final Set<String> PUBLIC_TOPICS = Set.of(Topics.ORDER_EVENTS, Topics.PAYMENT_EVENTS);

    /**
     * What merchants may receive: every catalogued event of the public topics, so a type added to the
     * contracts is delivered without a change here; types not catalogued yet are internal, or not public yet.
     */
    private static final List<EventType<?>> PUBLIC = EventTypes.ALL.stream()
            .filter(type -> PUBLIC_TOPICS.contains(type.topic())).toList();

    private final EventDispatcher dispatcher;
    private final RecordingPublicEvent recordingPublicEvent;
    private final EventHandlers handlers;

    public PublicEventConsumer(EventDispatcher dispatcher, RecordingPublicEvent recordingPublicEvent) {
        this.dispatcher = dispatcher;
        this.recordingPublicEvent = recordingPublicEvent;
        // the payload is not decoded: passed on as published, it keeps fields this service's contracts do not
        // know yet, and the envelope's deserializer has already checked it is a JSON object
        this.handlers = EventHandlers.forConsumer(CONSUMER).onEnvelope(PUBLIC, this::record).build();
    }

    EventHandlers handlers() {
        return handlers;
    }

    @KafkaListener(topics = {Topics.ORDER_EVENTS, Topics.PAYMENT_EVENTS})
    public void on(EventEnvelope envelope) {
        dispatcher.dispatch(handlers, envelope);
    }

    private void record(EventEnvelope envelope) {
        if (envelope.tenantId() == null) {
            // retrying cannot make up the merchant it should go to
            throw new MalformedEventException("public event " + envelope.id() + " names no tenant");
        }
        recordingPublicEvent.record(new RecordPublicEventCommand(envelope.id(), envelope.tenantId(), envelope.type(),
                envelope.subject(), envelope.data(), envelope.time()));
    }
}
