package com.fluxpay.ledger.config;

import com.fluxpay.ledger.adapter.in.kafka.CreditEventConsumer;
import com.fluxpay.ledger.adapter.out.persistence.JdbcCreditRegister;
import com.fluxpay.ledger.adapter.out.persistence.JdbcTopUpOrders;
import com.fluxpay.ledger.application.PostingCreditEvent;
import com.fluxpay.ledger.application.RecordingTopUpOrder;
import com.fluxpay.ledger.application.port.CreditRegister;
import com.fluxpay.ledger.application.port.EntryEvents;
import com.fluxpay.ledger.application.port.Journal;
import com.fluxpay.ledger.application.port.PostingRejections;
import com.fluxpay.ledger.application.port.TopUpOrders;
import com.fluxpay.platform.inbox.EventDispatcher;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Credits in the ledger: the credit register, the posting of credit events, the top-up orders the auditor checks. */
@Configuration
public class CreditLedgerConfiguration {

    @Bean
    CreditRegister creditRegister(JdbcTemplate jdbc) {
        return new JdbcCreditRegister(jdbc);
    }

    @Bean
    PostingCreditEvent postingCreditEvent(Journal journal, CreditRegister register, PostingRejections rejections,
                                          EntryEvents events, Clock clock) {
        return new PostingCreditEvent(journal, register, rejections, events, clock);
    }

    @Bean
    CreditEventConsumer creditEventConsumer(EventDispatcher dispatcher, PostingCreditEvent posting) {
        return new CreditEventConsumer(dispatcher, posting);
    }

    @Bean
    TopUpOrders topUpOrders(JdbcTemplate jdbc) {
        return new JdbcTopUpOrders(jdbc);
    }

    @Bean
    RecordingTopUpOrder recordingTopUpOrder(TopUpOrders orders, Clock clock) {
        return new RecordingTopUpOrder(orders, clock);
    }
}
