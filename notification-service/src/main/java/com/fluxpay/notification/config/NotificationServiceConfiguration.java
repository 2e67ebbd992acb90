package com.fluxpay.notification.config;

import com.fluxpay.notification.adapter.in.kafka.EndpointCommandConsumer;
import com.fluxpay.notification.adapter.in.kafka.PublicEventConsumer;
import com.fluxpay.notification.adapter.in.scheduling.DeliveryDispatcher;
import com.fluxpay.notification.adapter.out.crypto.StandardWebhookSigner;
import com.fluxpay.notification.adapter.out.dns.SystemHostResolver;
import com.fluxpay.notification.adapter.out.events.OutboxNotificationEvents;
import com.fluxpay.notification.adapter.out.http.JdkWebhookTransport;
import com.fluxpay.notification.adapter.out.persistence.JdbcDeliveries;
import com.fluxpay.notification.adapter.out.persistence.JdbcOutgoingMessages;
import com.fluxpay.notification.adapter.out.persistence.JdbcWebhookEndpoints;
import com.fluxpay.notification.application.DispatchSettings;
import com.fluxpay.notification.application.DispatchingDeliveries;
import com.fluxpay.notification.application.EndpointOwnership;
import com.fluxpay.notification.application.ManagingEndpoints;
import com.fluxpay.notification.application.RecordingPublicEvent;
import com.fluxpay.notification.application.ReplayingMessages;
import com.fluxpay.notification.application.ValidatingEndpointUrl;
import com.fluxpay.notification.application.port.Deliveries;
import com.fluxpay.notification.application.port.HostResolver;
import com.fluxpay.notification.application.port.NotificationEvents;
import com.fluxpay.notification.application.port.OutgoingMessages;
import com.fluxpay.platform.transactions.Transactions;
import com.fluxpay.notification.application.port.WebhookEndpoints;
import com.fluxpay.notification.application.port.WebhookSigner;
import com.fluxpay.notification.application.port.WebhookTransport;
import com.fluxpay.notification.domain.RetrySchedule;
import com.fluxpay.platform.crypto.SecretBox;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration
@EnableConfigurationProperties(WebhookProperties.class)
public class NotificationServiceConfiguration {

    @Bean
    OutgoingMessages outgoingMessages(JdbcTemplate jdbc) {
        return new JdbcOutgoingMessages(jdbc);
    }

    @Bean
    WebhookEndpoints webhookEndpoints(JdbcTemplate jdbc) {
        return new JdbcWebhookEndpoints(jdbc);
    }

    @Bean
    Deliveries deliveries(JdbcTemplate jdbc) {
        return new JdbcDeliveries(jdbc);
    }

    @Bean
    NotificationEvents notificationEvents(Outbox outbox) {
        return new OutboxNotificationEvents(outbox);
    }

    @Bean
    WebhookSigner webhookSigner(SecretBox secretBox) {
        return new StandardWebhookSigner(secretBox);
    }

    @Bean
    HostResolver hostResolver() {
        return new SystemHostResolver();
    }

    @Bean
    WebhookTransport webhookTransport(WebhookProperties webhooks) {
        return new JdkWebhookTransport(webhooks.attemptTimeout(), webhooks.responseCap());
    }

    @Bean
    ValidatingEndpointUrl validatingEndpointUrl(HostResolver resolver) {
        return new ValidatingEndpointUrl(resolver);
    }

    @Bean
    RecordingPublicEvent recordingPublicEvent(OutgoingMessages messages, WebhookEndpoints endpoints,
                                              Deliveries deliveries, Clock clock) {
        return new RecordingPublicEvent(messages, endpoints, deliveries, clock);
    }

    @Bean
    EndpointOwnership endpointOwnership(WebhookEndpoints endpoints, NotificationEvents events, Clock clock) {
        return new EndpointOwnership(endpoints, events, clock);
    }

    @Bean
    ManagingEndpoints managingEndpoints(WebhookEndpoints endpoints, Deliveries deliveries, NotificationEvents events,
                                        EndpointOwnership ownership, ValidatingEndpointUrl urls, WebhookSigner signer,
                                        Clock clock) {
        return new ManagingEndpoints(endpoints, deliveries, events, ownership, urls, signer, clock);
    }

    @Bean
    ReplayingMessages replayingMessages(EndpointOwnership ownership, OutgoingMessages messages, Deliveries deliveries,
                                        Clock clock) {
        return new ReplayingMessages(ownership, messages, deliveries, clock);
    }

    @Bean
    DispatchingDeliveries dispatchingDeliveries(Deliveries deliveries, WebhookEndpoints endpoints,
                                                WebhookTransport transport, WebhookSigner signer,
                                                ValidatingEndpointUrl urls, NotificationEvents events,
                                                Transactions transactions, WebhookProperties webhooks, Clock clock) {
        var settings = new DispatchSettings(new RetrySchedule(webhooks.schedule()), webhooks.lease(),
                webhooks.maxInFlightPerEndpoint(), webhooks.disableAfter());
        return new DispatchingDeliveries(deliveries, endpoints, transport, signer, urls, events, transactions,
                settings, clock);
    }

    @Bean
    DeliveryDispatcher deliveryDispatcher(DispatchingDeliveries dispatching, WebhookProperties webhooks,
                                          MeterRegistry meters) {
        return new DeliveryDispatcher(dispatching, webhooks.pollInterval(), webhooks.maxInFlight(),
                webhooks.attemptTimeout(), meters);
    }

    @Bean
    PublicEventConsumer publicEventConsumer(EventDispatcher dispatcher, RecordingPublicEvent recordingPublicEvent) {
        return new PublicEventConsumer(dispatcher, recordingPublicEvent);
    }

    @Bean
    EndpointCommandConsumer endpointCommandConsumer(EventDispatcher dispatcher, ManagingEndpoints endpoints,
                                                    ReplayingMessages replays) {
        return new EndpointCommandConsumer(dispatcher, endpoints, replays);
    }
}
