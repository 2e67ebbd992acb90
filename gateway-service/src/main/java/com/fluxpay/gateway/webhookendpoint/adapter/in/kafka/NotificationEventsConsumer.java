package com.fluxpay.gateway.webhookendpoint.adapter.in.kafka;

import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.notification.NotificationEventTypes;
import com.fluxpay.gateway.readmodel.application.ProjectionSignals;
import com.fluxpay.gateway.readmodel.domain.Stated;
import com.fluxpay.gateway.webhookendpoint.application.port.EndpointProjection;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.inbox.EventHandlers;
import org.springframework.kafka.annotation.KafkaListener;

/** Webhook endpoint events into the endpoint read model, once each: the stated status, copied by version. */
public class NotificationEventsConsumer {

    static final String CONSUMER = "webhook-endpoint-view";

    private final EventDispatcher dispatcher;
    private final EventHandlers handlers;

    public NotificationEventsConsumer(EventDispatcher dispatcher, EndpointProjection endpoints,
                                      ProjectionSignals signals) {
        this.dispatcher = dispatcher;
        this.handlers = EventHandlers.forConsumer(CONSUMER)
                .on(NotificationEventTypes.ENDPOINT_REGISTERED, e -> endpoints.projectState(e.endpointId(),
                        e.tenantId(), e.url(), e.eventTypes(), e.description(), e.enabled(), e.mode(),
                        Stated.of(e.status(), e.version(), e.registeredAt())))
                .on(NotificationEventTypes.ENDPOINT_UPDATED, e -> endpoints.projectState(e.endpointId(),
                        e.tenantId(), e.url(), e.eventTypes(), e.description(), e.enabled(), e.mode(),
                        Stated.of(e.status(), e.version(), e.updatedAt())))
                .on(NotificationEventTypes.ENDPOINT_DELETED, e -> endpoints.projectStatus(e.endpointId(),
                        Stated.of(e.status(), e.version(), e.deletedAt(), "DELETED")))
                .on(NotificationEventTypes.ENDPOINT_DISABLED, e -> endpoints.projectStatus(e.endpointId(),
                        Stated.of(e.status(), e.version(), e.disabledAt(), "DISABLED")))
                .on(NotificationEventTypes.SECRET_ROTATED, e -> endpoints.projectTouched(e.endpointId(),
                        Stated.of(e.status(), e.version(), e.rotatedAt())))
                .on(NotificationEventTypes.COMMAND_REJECTED, e -> endpoints.projectRejection(e.endpointId(),
                        e.code(), e.reason()))
                // deliveries are notification-service's log, not the endpoint's state (a delivery log comes next)
                .ignore(NotificationEventTypes.DELIVERY_SUCCEEDED, NotificationEventTypes.DELIVERY_FAILED,
                        NotificationEventTypes.DELIVERY_EXHAUSTED)
                // committed: requests waiting on this aggregate look at the read model now
                .afterCommit(envelope -> signals.projected(envelope.subject()))
                .build();
    }

    public EventHandlers handlers() {
        return handlers;
    }

    @KafkaListener(topics = Topics.NOTIFICATION_EVENTS)
    public void on(EventEnvelope envelope) {
        dispatcher.dispatch(handlers, envelope);
    }

}
