package com.fluxpay.gateway.diagnostics.adapter.in.kafka;

import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.gateway.diagnostics.application.port.FleetPings;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.inbox.EventHandlers;
import org.springframework.kafka.annotation.KafkaListener;

/** The services' answers to fleet pings. */
public class FleetEventsConsumer {

    static final String CONSUMER = "fleet-answers";

    private final EventDispatcher dispatcher;
    private final EventHandlers handlers;

    public FleetEventsConsumer(EventDispatcher dispatcher, FleetPings pings) {
        this.dispatcher = dispatcher;
        this.handlers = EventHandlers.forConsumer(CONSUMER)
                .on(EventTypes.PING_ANSWERED, answer -> pings.recordAnswer(answer.pingId(), answer.service(),
                        answer.answeredAt()))
                .build();
    }

    public EventHandlers handlers() {
        return handlers;
    }

    @KafkaListener(topics = Topics.FLEET_EVENTS)
    public void on(EventEnvelope envelope) {
        dispatcher.dispatch(handlers, envelope);
    }
}
