package com.fluxpay.gateway.diagnostics.adapter.in.kafka;

import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.fleet.PingAnswered;
import com.fluxpay.gateway.diagnostics.application.port.FleetPings;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;

/** The services' answers to fleet pings. */
public class FleetEventsConsumer {

    private final Inbox inbox;
    private final FleetPings pings;

    public FleetEventsConsumer(Inbox inbox, FleetPings pings) {
        this.inbox = inbox;
        this.pings = pings;
    }

    @KafkaListener(topics = Topics.FLEET_EVENTS)
    public void on(EventEnvelope envelope) {
        inbox.receive("fleet-answers", envelope, EventTypes.PING_ANSWERED, (PingAnswered answer) ->
                pings.recordAnswer(answer.pingId(), answer.service(), answer.answeredAt()));
    }
}
