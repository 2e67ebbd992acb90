package com.fluxpay.platform.fleet;

import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.fleet.PingAnswered;
import com.fluxpay.contracts.fleet.PingRequested;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.Inbox;
import com.fluxpay.platform.outbox.Outbox;
import java.time.Clock;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Every service answers a fleet ping through its own inbox and outbox: an answer proves the service
 * consumes, commits and publishes through Kafka, which is what the walking skeleton and `./fluxpay demo`
 * check.
 */
public final class FleetPingResponder {

    private final Inbox inbox;
    private final Outbox outbox;
    private final Clock clock;
    private final String serviceName;

    public FleetPingResponder(Inbox inbox, Outbox outbox, Clock clock, String serviceName) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.clock = clock;
        this.serviceName = serviceName;
    }

    @KafkaListener(topics = Topics.FLEET_COMMANDS, groupId = "${spring.application.name}.fleet")
    public void on(EventEnvelope envelope) {
        inbox.receive("fleet-ping", envelope, EventTypes.PING_REQUESTED, (PingRequested ping) -> outbox.append(
                EventTypes.PING_ANSWERED, ping.pingId(), envelope.tenantId(),
                new PingAnswered(ping.pingId(), serviceName, clock.instant())));
    }
}
