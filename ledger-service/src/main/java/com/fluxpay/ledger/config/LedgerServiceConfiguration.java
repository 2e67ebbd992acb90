package com.fluxpay.ledger.config;

import com.fluxpay.ledger.adapter.in.kafka.OrderEventConsumer;
import com.fluxpay.ledger.adapter.out.persistence.JpaTrackedOrders;
import com.fluxpay.ledger.adapter.out.persistence.TrackedOrderJpaRepository;
import com.fluxpay.ledger.application.TrackingOrder;
import com.fluxpay.ledger.application.port.TrackedOrders;
import com.fluxpay.platform.inbox.Inbox;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class LedgerServiceConfiguration {

    @Bean
    TrackedOrders trackedOrders(TrackedOrderJpaRepository repository) {
        return new JpaTrackedOrders(repository);
    }

    @Bean
    TrackingOrder trackingOrder(TrackedOrders orders, Clock clock) {
        return new TrackingOrder(orders, clock);
    }

    @Bean
    OrderEventConsumer orderEventConsumer(Inbox inbox, TrackingOrder trackingOrder) {
        return new OrderEventConsumer(inbox, trackingOrder);
    }
}
