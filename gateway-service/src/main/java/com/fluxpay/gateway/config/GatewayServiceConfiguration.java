package com.fluxpay.gateway.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fluxpay.gateway.adapter.in.kafka.FleetEventsConsumer;
import com.fluxpay.gateway.adapter.in.kafka.LedgerEventsConsumer;
import com.fluxpay.gateway.adapter.in.kafka.NotificationEventsConsumer;
import com.fluxpay.gateway.adapter.in.kafka.OrderEventsConsumer;
import com.fluxpay.gateway.adapter.in.kafka.PaymentEventsConsumer;
import com.fluxpay.gateway.adapter.in.scheduling.IdempotencyJanitor;
import com.fluxpay.gateway.adapter.in.web.AdminAuthenticationFilter;
import com.fluxpay.gateway.adapter.in.web.ApiKeyAuthenticationFilter;
import com.fluxpay.gateway.adapter.in.web.CorrelationFilter;
import com.fluxpay.gateway.adapter.in.web.IdempotencyFilter;
import com.fluxpay.gateway.adapter.in.web.RateLimitFilter;
import com.fluxpay.gateway.adapter.out.commands.OutboxOrderCommands;
import com.fluxpay.gateway.adapter.out.commands.OutboxPaymentCommands;
import com.fluxpay.gateway.adapter.out.commands.SecretBoxSealer;
import com.fluxpay.gateway.adapter.out.persistence.JdbcFleetPings;
import com.fluxpay.gateway.adapter.out.persistence.JdbcIdempotencyRecords;
import com.fluxpay.gateway.adapter.out.persistence.JdbcLedgerViews;
import com.fluxpay.gateway.adapter.out.persistence.JdbcOrderViews;
import com.fluxpay.gateway.adapter.out.persistence.JdbcPaymentViews;
import com.fluxpay.gateway.adapter.out.persistence.JdbcTenants;
import com.fluxpay.gateway.adapter.out.persistence.JdbcWebhookEndpoints;
import com.fluxpay.gateway.adapter.out.redis.RedisIdempotencyCache;
import com.fluxpay.gateway.adapter.out.redis.RedisRateLimiter;
import com.fluxpay.gateway.application.ApplyingIdempotency;
import com.fluxpay.gateway.application.AuthenticatingCallers;
import com.fluxpay.gateway.application.Awaiting;
import com.fluxpay.gateway.application.ChangingOrder;
import com.fluxpay.gateway.application.ChangingPayment;
import com.fluxpay.gateway.application.ManagingTenants;
import com.fluxpay.gateway.application.ManagingWebhookEndpoints;
import com.fluxpay.gateway.application.PayingOrder;
import com.fluxpay.gateway.application.PingingFleet;
import com.fluxpay.gateway.application.ProjectionSignals;
import com.fluxpay.gateway.application.ReadingLedger;
import com.fluxpay.gateway.application.ReadingOrders;
import com.fluxpay.gateway.application.RequestingOrder;
import com.fluxpay.gateway.domain.tenant.Tenant;
import com.fluxpay.platform.crypto.SecretBox;
import com.fluxpay.platform.inbox.Inbox;
import com.fluxpay.platform.outbox.Outbox;
import com.fluxpay.platform.transactions.Transactions;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration
public class GatewayServiceConfiguration {

    @Bean
    JdbcOrderViews orderViews(JdbcTemplate jdbc, ObjectMapper json) {
        return new JdbcOrderViews(jdbc, json);
    }

    @Bean
    JdbcFleetPings fleetPings(JdbcTemplate jdbc, Transactions transactions, Outbox outbox) {
        return new JdbcFleetPings(jdbc, transactions, outbox);
    }

    /** One per instance: consumers ring it after projecting, waiting requests look again at once. */
    @Bean
    ProjectionSignals projectionSignals(MeterRegistry meters) {
        var signals = new ProjectionSignals();
        Gauge.builder("fluxpay.gateway.waiting.requests", signals, ProjectionSignals::waiting)
                .description("requests waiting for their command's answer on this instance").register(meters);
        return signals;
    }

    /** How long a command request waits for its answer before 202 (fluxpay.gateway.command-wait). */
    @Bean
    Awaiting awaiting(ProjectionSignals signals, Clock clock,
                      @Value("${fluxpay.gateway.command-wait}") Duration wait) {
        return new Awaiting(signals, clock, wait);
    }

    @Bean
    OutboxOrderCommands orderCommands(Transactions transactions, JdbcOrderViews views, Outbox outbox) {
        return new OutboxOrderCommands(transactions, views, outbox);
    }

    @Bean
    RequestingOrder requestingOrder(OutboxOrderCommands commands, JdbcOrderViews views, Clock clock, Awaiting awaiting) {
        return new RequestingOrder(commands, views, clock, awaiting);
    }

    @Bean
    ChangingOrder changingOrder(JdbcOrderViews views, OutboxOrderCommands commands, Clock clock, Awaiting awaiting) {
        return new ChangingOrder(views, commands, clock, awaiting);
    }

    @Bean
    ReadingOrders readingOrders(JdbcOrderViews views) {
        return new ReadingOrders(views);
    }

    @Bean
    PingingFleet pingingFleet(JdbcFleetPings pings, Clock clock) {
        return new PingingFleet(pings, clock);
    }

    @Bean
    OrderEventsConsumer orderEventsConsumer(Inbox inbox, JdbcOrderViews views, ProjectionSignals signals) {
        return new OrderEventsConsumer(inbox, views, signals);
    }

    @Bean
    FleetEventsConsumer fleetEventsConsumer(Inbox inbox, JdbcFleetPings pings) {
        return new FleetEventsConsumer(inbox, pings);
    }

    @Bean
    JdbcPaymentViews paymentViews(JdbcTemplate jdbc) {
        return new JdbcPaymentViews(jdbc);
    }

    @Bean
    PaymentEventsConsumer paymentEventsConsumer(Inbox inbox, JdbcPaymentViews views, ProjectionSignals signals) {
        return new PaymentEventsConsumer(inbox, views, signals);
    }

    @Bean
    OutboxPaymentCommands paymentCommands(Transactions transactions, JdbcPaymentViews views, Outbox outbox) {
        return new OutboxPaymentCommands(transactions, views, outbox);
    }

    @Bean
    PayingOrder payingOrder(JdbcOrderViews orders, JdbcPaymentViews payments, OutboxPaymentCommands commands,
                            Clock clock, Awaiting awaiting) {
        return new PayingOrder(orders, payments, commands, clock, awaiting);
    }

    @Bean
    ChangingPayment changingPayment(JdbcPaymentViews payments, OutboxPaymentCommands commands, Clock clock, Awaiting awaiting) {
        return new ChangingPayment(payments, commands, clock, awaiting);
    }

    @Bean
    JdbcTenants tenants(JdbcTemplate jdbc, Transactions transactions) {
        return new JdbcTenants(jdbc, transactions);
    }

    @Bean
    ManagingTenants managingTenants(JdbcTenants tenants, Clock clock,
                                    @Value("${fluxpay.gateway.rate-limit.per-second}") int perSecond,
                                    @Value("${fluxpay.gateway.rate-limit.burst}") int burst) {
        return new ManagingTenants(tenants, clock, new Tenant.RateLimit(perSecond, burst));
    }

    @Bean
    AuthenticatingCallers authenticatingCallers(JdbcTenants tenants) {
        return new AuthenticatingCallers(tenants);
    }

    // Filter order: correlation id first, so even a refused request can be traced; then who is calling.
    @Bean
    FilterRegistrationBean<CorrelationFilter> correlationFilter() {
        var registration = new FilterRegistrationBean<>(new CorrelationFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<AdminAuthenticationFilter> adminAuthenticationFilter(
            @Value("${fluxpay.gateway.admin-token:}") String adminToken, ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new AdminAuthenticationFilter(adminToken, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    JdbcWebhookEndpoints webhookEndpoints(JdbcTemplate jdbc, Transactions transactions, Outbox outbox,
                                          ObjectMapper json) {
        return new JdbcWebhookEndpoints(jdbc, transactions, outbox, json);
    }

    @Bean
    ManagingWebhookEndpoints managingWebhookEndpoints(JdbcWebhookEndpoints endpoints, SecretBox secretBox, Clock clock, Awaiting awaiting) {
        return new ManagingWebhookEndpoints(endpoints, new SecretBoxSealer(secretBox), clock, awaiting);
    }

    @Bean
    NotificationEventsConsumer notificationEventsConsumer(Inbox inbox, JdbcWebhookEndpoints endpoints,
                                                          ProjectionSignals signals) {
        return new NotificationEventsConsumer(inbox, endpoints, signals);
    }

    @Bean
    JdbcLedgerViews ledgerViews(JdbcTemplate jdbc) {
        return new JdbcLedgerViews(jdbc);
    }

    @Bean
    ReadingLedger readingLedger(JdbcLedgerViews ledger) {
        return new ReadingLedger(ledger);
    }

    @Bean
    LedgerEventsConsumer ledgerEventsConsumer(Inbox inbox, JdbcLedgerViews ledger) {
        return new LedgerEventsConsumer(inbox, ledger);
    }

    @Bean
    ApplyingIdempotency applyingIdempotency(JdbcTemplate jdbc, StringRedisTemplate redis, Clock clock,
                                            @Value("${fluxpay.gateway.idempotency.claim-lease}") Duration lease,
                                            @Value("${fluxpay.gateway.idempotency.retention}") Duration retention) {
        return new ApplyingIdempotency(new JdbcIdempotencyRecords(jdbc), new RedisIdempotencyCache(redis, retention),
                clock, lease, retention);
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(StringRedisTemplate redis, ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new RateLimitFilter(new RedisRateLimiter(redis), json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 40);
        return registration;
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(ApplyingIdempotency idempotency, ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new IdempotencyFilter(idempotency, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        return registration;
    }

    @Bean
    IdempotencyJanitor idempotencyJanitor(ApplyingIdempotency idempotency) {
        return new IdempotencyJanitor(idempotency);
    }

    @Bean
    FilterRegistrationBean<ApiKeyAuthenticationFilter> apiKeyAuthenticationFilter(AuthenticatingCallers callers,
                                                                                  ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new ApiKeyAuthenticationFilter(callers, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }
}
