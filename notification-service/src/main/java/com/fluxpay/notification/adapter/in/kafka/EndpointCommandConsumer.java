package com.fluxpay.notification.adapter.in.kafka;

import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.notification.NotificationEventTypes;
import com.fluxpay.notification.application.ManagingEndpoints;
import com.fluxpay.notification.application.ReplayingMessages;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;

/** The gateway's requests about webhook endpoints: each applied once, in the endpoint's order (key = endpoint id). */
public class EndpointCommandConsumer {

    private static final String CONSUMER = "endpoint-commands";

    private final Inbox inbox;
    private final ManagingEndpoints endpoints;
    private final ReplayingMessages replays;

    public EndpointCommandConsumer(Inbox inbox, ManagingEndpoints endpoints, ReplayingMessages replays) {
        this.inbox = inbox;
        this.endpoints = endpoints;
        this.replays = replays;
    }

    @KafkaListener(topics = Topics.NOTIFICATION_COMMANDS)
    public void on(EventEnvelope envelope) {
        // at most one of these matches the envelope's type; the others leave it alone
        inbox.receive(CONSUMER, envelope, NotificationEventTypes.REGISTER_ENDPOINT, endpoints::register);
        inbox.receive(CONSUMER, envelope, NotificationEventTypes.UPDATE_ENDPOINT, endpoints::update);
        inbox.receive(CONSUMER, envelope, NotificationEventTypes.DELETE_ENDPOINT, endpoints::delete);
        inbox.receive(CONSUMER, envelope, NotificationEventTypes.ROTATE_SECRET, endpoints::rotate);
        inbox.receive(CONSUMER, envelope, NotificationEventTypes.REPLAY_MESSAGE, replays::replay);
        inbox.receive(CONSUMER, envelope, NotificationEventTypes.REPLAY_FAILED, replays::replayFailed);
    }
}
