package com.fluxpay.gateway.adapter.in.kafka;

import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.fleet.PingAnswered;
import com.fluxpay.gateway.application.ProjectingEvents;
import com.fluxpay.platform.event.EventCodec;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;

/** The services' answers to fleet pings. */
public class FleetEventsConsumer {

    private final Inbox inbox;
    private final EventCodec codec;
    private final ProjectingEvents projecting;

    public FleetEventsConsumer(Inbox inbox, EventCodec codec, ProjectingEvents projecting) {
        this.inbox = inbox;
        this.codec = codec;
        this.projecting = projecting;
    }

    @KafkaListener(topics = Topics.FLEET_EVENTS)
    public void on(EventEnvelope envelope) {
        if (envelope.is(EventTypes.PING_ANSWERED)) {
            PingAnswered answer = codec.decode(envelope, EventTypes.PING_ANSWERED);
            inbox.receive("fleet-answers", envelope,
                    () -> projecting.pingAnswered(answer.pingId(), answer.service(), answer.answeredAt()));
        }
    }
}
