package com.fluxpay.notification.adapter.in.kafka;

import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.notification.NotificationEventTypes;
import com.fluxpay.notification.application.ManagingEndpoints;
import com.fluxpay.notification.application.ReplayingMessages;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.inbox.EventHandlers;
import org.springframework.kafka.annotation.KafkaListener;

/** The gateway's requests about webhook endpoints: each applied once, in the endpoint's order (key = endpoint id). */
public class EndpointCommandConsumer {

    static final String CONSUMER = "endpoint-commands";

    private final EventDispatcher dispatcher;
    private final EventHandlers handlers;

    public EndpointCommandConsumer(EventDispatcher dispatcher, ManagingEndpoints endpoints, ReplayingMessages replays) {
        this.dispatcher = dispatcher;
        this.handlers = EventHandlers.forConsumer(CONSUMER)
                .on(NotificationEventTypes.REGISTER_ENDPOINT, command -> endpoints.register(command))
                .on(NotificationEventTypes.UPDATE_ENDPOINT, command -> endpoints.update(command))
                .on(NotificationEventTypes.DELETE_ENDPOINT, command -> endpoints.delete(command))
                .on(NotificationEventTypes.ROTATE_SECRET, command -> endpoints.rotate(command))
                .on(NotificationEventTypes.REPLAY_MESSAGE, command -> replays.replay(command))
                .on(NotificationEventTypes.REPLAY_FAILED, command -> replays.replayFailed(command))
                .build();
    }

    EventHandlers handlers() {
        return handlers;
    }

    @KafkaListener(topics = Topics.NOTIFICATION_COMMANDS)
    public void on(EventEnvelope envelope) {
        dispatcher.dispatch(handlers, envelope);
    }
}
