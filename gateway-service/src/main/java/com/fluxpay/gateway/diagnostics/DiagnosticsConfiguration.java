package com.fluxpay.gateway.diagnostics;

import com.fluxpay.gateway.diagnostics.adapter.in.kafka.FleetEventsConsumer;
import com.fluxpay.gateway.diagnostics.adapter.out.persistence.JdbcFleetPings;
import com.fluxpay.gateway.diagnostics.application.PingingFleet;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.outbox.Outbox;
import com.fluxpay.platform.transactions.Transactions;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Pings: every service answers over Kafka, so a merchant can see the whole fleet is there. */
@Configuration
public class DiagnosticsConfiguration {

    @Bean
    JdbcFleetPings fleetPings(JdbcTemplate jdbc, Transactions transactions, Outbox outbox) {
        return new JdbcFleetPings(jdbc, transactions, outbox);
    }

    @Bean
    PingingFleet pingingFleet(JdbcFleetPings pings, Clock clock) {
        return new PingingFleet(pings, clock);
    }

    @Bean
    FleetEventsConsumer fleetEventsConsumer(EventDispatcher dispatcher, JdbcFleetPings pings) {
        return new FleetEventsConsumer(dispatcher, pings);
    }
}
