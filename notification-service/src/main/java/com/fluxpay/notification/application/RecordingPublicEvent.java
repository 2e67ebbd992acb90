package com.fluxpay.notification.application;

import com.fluxpay.notification.application.port.OutgoingMessages;
import com.fluxpay.notification.domain.OutgoingMessage;
import java.time.Clock;

/**
 * Records a public event as the message its tenant's webhooks will receive. Runs inside the inbox's
 * transaction, so the message and the inbox entry commit together.
 */
public final class RecordingPublicEvent {

    private final OutgoingMessages messages;
    private final Clock clock;

    public RecordingPublicEvent(OutgoingMessages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** @return true if the event was new */
    public boolean record(RecordPublicEventCommand command) {
        // the inbox forgets event ids after its retention; a dead letter replayed later must still not
        // trip over the message it already made
        if (messages.contains(command.eventId())) {
            return false;
        }
        messages.add(new OutgoingMessage(command.eventId(), command.tenantId(), command.eventType(),
                command.resourceId(), command.payload(), command.occurredAt(), clock.instant()));
        return true;
    }
}
