package com.fluxpay.payment.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fluxpay.payment.adapter.in.kafka.OrderCommandConsumer;
import com.fluxpay.payment.adapter.out.events.OutboxOrderEvents;
import com.fluxpay.payment.adapter.out.persistence.JpaOrders;
import com.fluxpay.payment.adapter.out.persistence.OrderJpaRepository;
import com.fluxpay.payment.application.OpeningOrder;
import com.fluxpay.payment.application.port.OrderEvents;
import com.fluxpay.payment.application.port.Orders;
import com.fluxpay.platform.inbox.Inbox;
import com.fluxpay.platform.outbox.Outbox;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PaymentServiceConfiguration {

    @Bean
    Orders orders(OrderJpaRepository repository, ObjectMapper json) {
        return new JpaOrders(repository, json);
    }

    @Bean
    OrderEvents orderEvents(Outbox outbox) {
        return new OutboxOrderEvents(outbox);
    }

    @Bean
    OpeningOrder openingOrder(Orders orders, OrderEvents events, Clock clock) {
        return new OpeningOrder(orders, events, clock);
    }

    @Bean
    OrderCommandConsumer orderCommandConsumer(Inbox inbox, OpeningOrder openingOrder) {
        return new OrderCommandConsumer(inbox, openingOrder);
    }
}
