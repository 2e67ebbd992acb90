package com.fluxpay.gateway.webhookendpoint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fluxpay.gateway.readmodel.application.Awaiting;
import com.fluxpay.gateway.readmodel.application.ProjectionSignals;
import com.fluxpay.gateway.webhookendpoint.adapter.in.kafka.NotificationEventsConsumer;
import com.fluxpay.gateway.webhookendpoint.adapter.out.crypto.SecretBoxSealer;
import com.fluxpay.gateway.webhookendpoint.adapter.out.persistence.JdbcWebhookEndpointViews;
import com.fluxpay.gateway.webhookendpoint.application.ManagingWebhookEndpoints;
import com.fluxpay.platform.crypto.SecretBox;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.outbox.Outbox;
import com.fluxpay.platform.transactions.Transactions;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** A tenant's webhook endpoints, owned by notification-service; secrets made here and sent on sealed. */
@Configuration
public class WebhookEndpointConfiguration {

    @Bean
    JdbcWebhookEndpointViews webhookEndpoints(JdbcTemplate jdbc, Transactions transactions, Outbox outbox,
                                          ObjectMapper json) {
        return new JdbcWebhookEndpointViews(jdbc, transactions, outbox, json);
    }

    @Bean
    ManagingWebhookEndpoints managingWebhookEndpoints(JdbcWebhookEndpointViews endpoints, SecretBox secretBox, Clock clock,
                                                      Awaiting awaiting) {
        return new ManagingWebhookEndpoints(endpoints, new SecretBoxSealer(secretBox), clock, awaiting);
    }

    @Bean
    NotificationEventsConsumer notificationEventsConsumer(EventDispatcher dispatcher, JdbcWebhookEndpointViews endpoints,
                                                          ProjectionSignals signals) {
        return new NotificationEventsConsumer(dispatcher, endpoints, signals);
    }
}
