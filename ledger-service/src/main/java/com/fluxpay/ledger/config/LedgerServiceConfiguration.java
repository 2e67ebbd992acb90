package com.fluxpay.ledger.config;

import com.fluxpay.ledger.adapter.in.kafka.OrderEventConsumer;
import com.fluxpay.ledger.adapter.in.kafka.PaymentEventConsumer;
import com.fluxpay.ledger.adapter.in.web.LedgerAccountsEndpoint;
import com.fluxpay.ledger.adapter.out.events.OutboxEntryEvents;
import com.fluxpay.ledger.adapter.in.web.LedgerVerificationEndpoint;
import com.fluxpay.ledger.adapter.out.persistence.JdbcJournal;
import com.fluxpay.ledger.adapter.out.persistence.JdbcLedgerChains;
import com.fluxpay.ledger.adapter.out.persistence.JdbcLedgerReads;
import com.fluxpay.ledger.adapter.out.persistence.JdbcPaymentPositions;
import com.fluxpay.ledger.adapter.out.persistence.JdbcPostingRejections;
import com.fluxpay.ledger.adapter.out.persistence.JpaTrackedOrders;
import com.fluxpay.ledger.adapter.out.persistence.TrackedOrderJpaRepository;
import com.fluxpay.ledger.application.PostingPaymentEvent;
import com.fluxpay.ledger.application.QueryingLedger;
import com.fluxpay.ledger.application.RecordingTopUpOrder;
import com.fluxpay.ledger.application.TrackingOrder;
import com.fluxpay.ledger.application.VerifyingLedgerChain;
import com.fluxpay.ledger.application.port.EntryEvents;
import com.fluxpay.ledger.application.port.Journal;
import com.fluxpay.ledger.application.port.LedgerChains;
import com.fluxpay.ledger.application.port.LedgerReads;
import com.fluxpay.ledger.application.port.PaymentPositions;
import com.fluxpay.ledger.application.port.PostingRejections;
import com.fluxpay.ledger.application.port.TopUpOrders;
import com.fluxpay.ledger.application.port.TrackedOrders;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.outbox.Outbox;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

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
    OrderEventConsumer orderEventConsumer(EventDispatcher dispatcher, TrackingOrder trackingOrder,
                                          RecordingTopUpOrder topUps) {
        return new OrderEventConsumer(dispatcher, trackingOrder, topUps);
    }

    @Bean
    Journal journal(JdbcTemplate jdbc) {
        return new JdbcJournal(jdbc);
    }

    @Bean
    PaymentPositions paymentPositions(JdbcTemplate jdbc) {
        return new JdbcPaymentPositions(jdbc);
    }

    @Bean
    PostingRejections postingRejections(JdbcTemplate jdbc) {
        return new JdbcPostingRejections(jdbc);
    }

    @Bean
    EntryEvents entryEvents(Outbox outbox) {
        return new OutboxEntryEvents(outbox);
    }

    @Bean
    PostingPaymentEvent postingPaymentEvent(Journal journal, PaymentPositions positions, PostingRejections rejections,
                                            EntryEvents events, TopUpOrders topUps, Clock clock) {
        return new PostingPaymentEvent(journal, positions, rejections, events, topUps, clock);
    }

    @Bean
    PaymentEventConsumer paymentEventConsumer(EventDispatcher dispatcher, PostingPaymentEvent posting) {
        return new PaymentEventConsumer(dispatcher, posting);
    }

    @Bean
    LedgerChains ledgerChains(JdbcTemplate jdbc) {
        return new JdbcLedgerChains(jdbc);
    }

    @Bean
    VerifyingLedgerChain verifyingLedgerChain(LedgerChains chains) {
        return new VerifyingLedgerChain(chains);
    }

    @Bean
    LedgerVerificationEndpoint ledgerVerificationEndpoint(VerifyingLedgerChain verifying) {
        return new LedgerVerificationEndpoint(verifying);
    }

    @Bean
    LedgerReads ledgerReads(JdbcTemplate jdbc) {
        return new JdbcLedgerReads(jdbc);
    }

    @Bean
    QueryingLedger queryingLedger(LedgerReads reads, Clock clock) {
        return new QueryingLedger(reads, clock);
    }

    @Bean
    LedgerAccountsEndpoint ledgerAccountsEndpoint(QueryingLedger querying) {
        return new LedgerAccountsEndpoint(querying);
    }
}
