package com.fluxpay.gateway.adapter.in.kafka;

import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.fleet.PingAnswered;
import com.fluxpay.gateway.application.ProjectingEvents;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;

/** The services' answers to fleet pings. */
public class FleetEventsConsumer {

    private final Inbox inbox;
    private final ProjectingEvents projecting;

    public FleetEventsConsumer(Inbox inbox, ProjectingEvents projecting) {
        this.inbox = inbox;
        this.projecting = projecting;
    }

    @KafkaListener(topics = Topics.FLEET_EVENTS)
    public void on(EventEnvelope envelope) {
        inbox.receive("fleet-answers", envelope, EventTypes.PING_ANSWERED, (PingAnswered answer) ->
                projecting.pingAnswered(answer.pingId(), answer.service(), answer.answeredAt()));
    }
}
