package com.fluxpay.platform.fleet;

import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.fleet.PingAnswered;
import com.fluxpay.contracts.fleet.PingRequested;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.inbox.EventHandlers;
import com.fluxpay.platform.outbox.Outbox;
import java.time.Clock;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Every service answers a fleet ping through its own inbox and outbox: an answer proves the service
 * consumes, commits and publishes through Kafka, which is what the walking skeleton and `./fluxpay demo`
 * check.
 */
public final class FleetPingResponder {

    static final String CONSUMER = "fleet-ping";

    private final EventDispatcher dispatcher;
    private final Outbox outbox;
    private final Clock clock;
    private final String serviceName;
    private final EventHandlers handlers;

    public FleetPingResponder(EventDispatcher dispatcher, Outbox outbox, Clock clock, String serviceName) {
        this.dispatcher = dispatcher;
        this.outbox = outbox;
        this.clock = clock;
        this.serviceName = serviceName;
        this.handlers = EventHandlers.forConsumer(CONSUMER)
                .on(EventTypes.PING_REQUESTED, (PingRequested ping, EventEnvelope envelope) -> answer(ping, envelope))
                .build();
    }

    EventHandlers handlers() {
        return handlers;
    }

    @KafkaListener(topics = Topics.FLEET_COMMANDS, groupId = "${spring.application.name}.fleet")
    public void on(EventEnvelope envelope) {
        dispatcher.dispatch(handlers, envelope);
    }

    private void answer(PingRequested ping, EventEnvelope envelope) {
        outbox.append(EventTypes.PING_ANSWERED, ping.pingId(), envelope.tenantId(),
                new PingAnswered(ping.pingId(), serviceName, clock.instant()));
    }
}
