package com.fluxpay.gateway.webhookendpoint.adapter.in.kafka;

import com.fluxpay.gateway.webhookendpoint.application.port.EndpointProjection;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.notification.NotificationEventTypes;
import com.fluxpay.contracts.notification.WebhookEndpointCommandRejected;
import com.fluxpay.contracts.notification.WebhookEndpointDeleted;
import com.fluxpay.contracts.notification.WebhookEndpointDisabled;
import com.fluxpay.contracts.notification.WebhookEndpointRegistered;
import com.fluxpay.contracts.notification.WebhookEndpointUpdated;
import com.fluxpay.contracts.notification.WebhookSecretRotated;
import com.fluxpay.gateway.readmodel.application.ProjectionSignals;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;

/** What notification-service says about webhook endpoints, into the endpoint read model. */
public class NotificationEventsConsumer {

    private static final String CONSUMER = "webhook-endpoint-view";

    private final Inbox inbox;
    private final EndpointProjection endpoints;
    private final ProjectionSignals signals;

    public NotificationEventsConsumer(Inbox inbox, EndpointProjection endpoints, ProjectionSignals signals) {
        this.inbox = inbox;
        this.endpoints = endpoints;
        this.signals = signals;
    }

    @KafkaListener(topics = Topics.NOTIFICATION_EVENTS)
    public void on(EventEnvelope envelope) {
        inbox.receive(CONSUMER, envelope, NotificationEventTypes.ENDPOINT_REGISTERED, (WebhookEndpointRegistered e) ->
                endpoints.projectState(e.endpointId(), e.tenantId(), e.url(), e.eventTypes(), e.description(),
                        e.enabled(), e.mode()));
        inbox.receive(CONSUMER, envelope, NotificationEventTypes.ENDPOINT_UPDATED, (WebhookEndpointUpdated e) ->
                endpoints.projectState(e.endpointId(), e.tenantId(), e.url(), e.eventTypes(), e.description(),
                        e.enabled(), e.mode()));
        inbox.receive(CONSUMER, envelope, NotificationEventTypes.ENDPOINT_DELETED, (WebhookEndpointDeleted e) ->
                endpoints.projectStatus(e.endpointId(), "DELETED"));
        inbox.receive(CONSUMER, envelope, NotificationEventTypes.ENDPOINT_DISABLED, (WebhookEndpointDisabled e) ->
                endpoints.projectStatus(e.endpointId(), "DISABLED"));
        inbox.receive(CONSUMER, envelope, NotificationEventTypes.SECRET_ROTATED, (WebhookSecretRotated e) ->
                endpoints.projectTouched(e.endpointId()));
        inbox.receive(CONSUMER, envelope, NotificationEventTypes.COMMAND_REJECTED, (WebhookEndpointCommandRejected e) ->
                endpoints.projectRejection(e.endpointId(), e.code(), e.reason()));
        // committed: requests waiting on this aggregate look at the read model now
        signals.projected(envelope.subject());
    }
}
