package com.fluxpay.notification.adapter.in.kafka;

import com.fluxpay.contracts.EventType;
import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.notification.application.RecordPublicEventCommand;
import com.fluxpay.notification.application.RecordingPublicEvent;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.event.MalformedEventException;
import com.fluxpay.platform.inbox.Inbox;
import java.util.List;
import org.springframework.kafka.annotation.KafkaListener;

/** Public order events: check they can be delivered, record each once, nothing else. */
public class PublicEventConsumer {

    /** What merchants may receive; anything else on the topic is internal, or not public yet. */
    private static final List<EventType<?>> PUBLIC = List.of(EventTypes.ORDER_CREATED, EventTypes.ORDER_REJECTED);

    private final Inbox inbox;
    private final RecordingPublicEvent recordingPublicEvent;

    public PublicEventConsumer(Inbox inbox, RecordingPublicEvent recordingPublicEvent) {
        this.inbox = inbox;
        this.recordingPublicEvent = recordingPublicEvent;
    }

    @KafkaListener(topics = Topics.ORDER_EVENTS)
    public void on(EventEnvelope envelope) {
        if (PUBLIC.stream().noneMatch(envelope::is)) {
            return;
        }
        if (envelope.tenantId() == null) {
            // retrying cannot make up the merchant it should go to
            throw new MalformedEventException("public event " + envelope.id() + " names no tenant");
        }
        // the payload is not decoded: passed on as published, it keeps fields this service's contracts
        // do not know yet, and the envelope's deserializer has already checked it is a JSON object
        inbox.receive("public-events", envelope, () -> recordingPublicEvent.record(new RecordPublicEventCommand(
                envelope.id(), envelope.tenantId(), envelope.type(), envelope.subject(), envelope.data(),
                envelope.time())));
    }
}
