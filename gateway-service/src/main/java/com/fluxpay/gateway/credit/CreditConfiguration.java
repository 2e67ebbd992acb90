package com.fluxpay.gateway.credit;

import com.fluxpay.gateway.credit.adapter.in.kafka.CreditEventsConsumer;
import com.fluxpay.gateway.credit.adapter.out.outbox.OutboxCreditCommands;
import com.fluxpay.gateway.credit.adapter.out.persistence.JdbcCreditViews;
import com.fluxpay.gateway.credit.application.GrantingCredits;
import com.fluxpay.gateway.credit.application.ReadingCredits;
import com.fluxpay.gateway.credit.application.UsingCredits;
import com.fluxpay.gateway.readmodel.application.Awaiting;
import com.fluxpay.gateway.readmodel.application.ProjectionSignals;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.outbox.Outbox;
import com.fluxpay.platform.transactions.Transactions;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Prepaid credits: balances and statements read from credit events; grants and usages sent to credit-service. */
@Configuration
public class CreditConfiguration {

    @Bean
    JdbcCreditViews creditViews(JdbcTemplate jdbc) {
        return new JdbcCreditViews(jdbc);
    }

    @Bean
    OutboxCreditCommands creditCommands(Transactions transactions, JdbcCreditViews views, Outbox outbox) {
        return new OutboxCreditCommands(transactions, views, outbox);
    }

    @Bean
    ReadingCredits readingCredits(JdbcCreditViews views) {
        return new ReadingCredits(views);
    }

    @Bean
    GrantingCredits grantingCredits(OutboxCreditCommands commands, JdbcCreditViews views, Clock clock,
                                    Awaiting awaiting) {
        return new GrantingCredits(commands, views, clock, awaiting);
    }

    @Bean
    UsingCredits usingCredits(OutboxCreditCommands commands, JdbcCreditViews views, Clock clock, Awaiting awaiting) {
        return new UsingCredits(commands, views, clock, awaiting);
    }

    @Bean
    CreditEventsConsumer creditEventsConsumer(EventDispatcher dispatcher, JdbcCreditViews views,
                                              ProjectionSignals signals) {
        return new CreditEventsConsumer(dispatcher, views, signals);
    }
}
