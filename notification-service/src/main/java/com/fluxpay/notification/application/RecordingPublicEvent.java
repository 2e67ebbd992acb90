package com.fluxpay.notification.application;

import com.fluxpay.contracts.EventTypes;
import com.fluxpay.notification.application.port.Deliveries;
import com.fluxpay.notification.application.port.OutgoingMessages;
import com.fluxpay.notification.application.port.WebhookEndpoints;
import com.fluxpay.notification.domain.OutgoingMessage;
import java.time.Clock;
import java.time.Instant;

/**
 * Records a public event as the message its tenant's webhooks will receive, and one delivery, due now, for
 * every enabled endpoint of the tenant that subscribes to its type. Runs inside the inbox's transaction, so
 * message, deliveries and the inbox entry commit together: an event is either fully fanned out or not seen.
 */
public final class RecordingPublicEvent {

    private final OutgoingMessages messages;
    private final WebhookEndpoints endpoints;
    private final Deliveries deliveries;
    private final Clock clock;

    public RecordingPublicEvent(OutgoingMessages messages, WebhookEndpoints endpoints, Deliveries deliveries,
                                Clock clock) {
        this.messages = messages;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** @return true if the event was new */
    public boolean record(RecordPublicEventCommand command) {
        // keyed by the event id: the inbox forgets event ids after its retention, and a dead letter replayed
        // later must still not make a second message
        Instant now = clock.instant();
        if (!messages.add(new OutgoingMessage(command.eventId(), command.tenantId(), command.eventType(),
                command.resourceId(), command.payload(), command.occurredAt(), now))) {
            return false;
        }
        // an event still in flight under a type's former name goes to the endpoints of its current name
        String subscribedName = EventTypes.currentName(command.eventType());
        for (var endpoint : endpoints.subscribedTo(command.tenantId(), subscribedName)) {
            deliveries.schedule(command.eventId(), endpoint.id(), command.resourceId(), now);
        }
        return true;
    }
}
