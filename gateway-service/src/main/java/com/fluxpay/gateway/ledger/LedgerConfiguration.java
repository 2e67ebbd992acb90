package com.fluxpay.gateway.ledger;

import com.fluxpay.gateway.ledger.adapter.in.kafka.LedgerEventsConsumer;
import com.fluxpay.gateway.ledger.adapter.out.persistence.JdbcLedgerViews;
import com.fluxpay.gateway.ledger.application.ReadingLedger;
import com.fluxpay.platform.inbox.EventDispatcher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** A tenant's ledger, as ledger-service booked it: balances, postings, the trial balance. */
@Configuration
public class LedgerConfiguration {

    @Bean
    JdbcLedgerViews ledgerViews(JdbcTemplate jdbc) {
        return new JdbcLedgerViews(jdbc);
    }

    @Bean
    ReadingLedger readingLedger(JdbcLedgerViews ledger) {
        return new ReadingLedger(ledger);
    }

    @Bean
    LedgerEventsConsumer ledgerEventsConsumer(EventDispatcher dispatcher, JdbcLedgerViews ledger) {
        return new LedgerEventsConsumer(dispatcher, ledger);
    }
}
