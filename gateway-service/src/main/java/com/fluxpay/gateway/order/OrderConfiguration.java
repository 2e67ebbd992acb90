package com.fluxpay.gateway.order;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fluxpay.gateway.order.adapter.in.kafka.OrderEventsConsumer;
import com.fluxpay.gateway.order.adapter.out.outbox.OutboxOrderCommands;
import com.fluxpay.gateway.order.adapter.out.persistence.JdbcOrderViews;
import com.fluxpay.gateway.order.application.RequestingOrderChange;
import com.fluxpay.gateway.order.application.ReadingOrders;
import com.fluxpay.gateway.order.application.RequestingOrder;
import com.fluxpay.gateway.readmodel.application.Awaiting;
import com.fluxpay.gateway.readmodel.application.ProjectionSignals;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.outbox.Outbox;
import com.fluxpay.platform.transactions.Transactions;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Orders: opened, completed and cancelled through payment-service; read from the order read model. */
@Configuration
public class OrderConfiguration {

    @Bean
    JdbcOrderViews orderViews(JdbcTemplate jdbc, ObjectMapper json) {
        return new JdbcOrderViews(jdbc, json);
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
    RequestingOrderChange changingOrder(JdbcOrderViews views, OutboxOrderCommands commands, Clock clock, Awaiting awaiting) {
        return new RequestingOrderChange(views, commands, clock, awaiting);
    }

    @Bean
    ReadingOrders readingOrders(JdbcOrderViews views) {
        return new ReadingOrders(views);
    }

    @Bean
    OrderEventsConsumer orderEventsConsumer(EventDispatcher dispatcher, JdbcOrderViews views, ProjectionSignals signals) {
        return new OrderEventsConsumer(dispatcher, views, signals);
    }
}
