package com.fluxpay.gateway.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fluxpay.gateway.adapter.in.kafka.FleetEventsConsumer;
import com.fluxpay.gateway.adapter.in.kafka.OrderEventsConsumer;
import com.fluxpay.gateway.adapter.in.web.CorrelationFilter;
import com.fluxpay.gateway.adapter.out.commands.OutboxOrderCommands;
import com.fluxpay.gateway.adapter.out.persistence.JdbcFleetPings;
import com.fluxpay.gateway.adapter.out.persistence.JdbcOrderViews;
import com.fluxpay.gateway.application.PingingFleet;
import com.fluxpay.gateway.application.ProjectingEvents;
import com.fluxpay.gateway.application.ReadingOrders;
import com.fluxpay.gateway.application.RequestingOrder;
import com.fluxpay.platform.inbox.Inbox;
import com.fluxpay.platform.outbox.Outbox;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration
public class GatewayServiceConfiguration {

    @Bean
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }

    @Bean
    JdbcOrderViews orderViews(JdbcTemplate jdbc, ObjectMapper json) {
        return new JdbcOrderViews(jdbc, json);
    }

    @Bean
    JdbcFleetPings fleetPings(JdbcTemplate jdbc, TransactionTemplate transactions, Outbox outbox) {
        return new JdbcFleetPings(jdbc, transactions, outbox);
    }

    @Bean
    RequestingOrder requestingOrder(TransactionTemplate transactions, JdbcOrderViews views, Outbox outbox, Clock clock,
                                    @Value("${fluxpay.gateway.command-wait}") Duration wait) {
        return new RequestingOrder(new OutboxOrderCommands(transactions, views, outbox), views, clock, wait);
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
    ProjectingEvents projectingEvents(JdbcOrderViews views, JdbcFleetPings pings) {
        return new ProjectingEvents(views, pings);
    }

    @Bean
    OrderEventsConsumer orderEventsConsumer(Inbox inbox, ProjectingEvents projecting) {
        return new OrderEventsConsumer(inbox, projecting);
    }

    @Bean
    FleetEventsConsumer fleetEventsConsumer(Inbox inbox, ProjectingEvents projecting) {
        return new FleetEventsConsumer(inbox, projecting);
    }

    @Bean
    FilterRegistrationBean<CorrelationFilter> correlationFilter() {
        var registration = new FilterRegistrationBean<>(new CorrelationFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
