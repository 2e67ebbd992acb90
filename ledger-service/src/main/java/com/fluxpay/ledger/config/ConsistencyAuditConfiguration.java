package com.fluxpay.ledger.config;

import com.fluxpay.platform.transactions.Transactions;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fluxpay.ledger.adapter.in.kafka.PaymentClaimConsumer;
import com.fluxpay.ledger.adapter.in.scheduling.ScheduledLedgerAudit;
import com.fluxpay.ledger.adapter.in.web.LedgerMismatchesEndpoint;
import com.fluxpay.ledger.adapter.out.events.OutboxMismatchEvents;
import com.fluxpay.ledger.adapter.out.persistence.JdbcBookedEntries;
import com.fluxpay.ledger.adapter.out.persistence.JdbcCreditAudits;
import com.fluxpay.ledger.adapter.out.persistence.JdbcMismatches;
import com.fluxpay.ledger.adapter.out.persistence.JdbcPaymentClaims;
import com.fluxpay.ledger.application.AuditingCredits;
import com.fluxpay.ledger.application.AuditingLedger;
import com.fluxpay.ledger.application.RecordingPaymentClaim;
import com.fluxpay.ledger.application.port.BookedEntries;
import com.fluxpay.ledger.application.port.CreditAudits;
import com.fluxpay.ledger.application.port.MismatchEvents;
import com.fluxpay.ledger.application.port.Mismatches;
import com.fluxpay.ledger.application.port.PaymentClaims;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.outbox.Outbox;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The consistency auditor: claims from payment events, the audit passes (payments, credits), mismatches and their
 * events.
 */
@Configuration
public class ConsistencyAuditConfiguration {

    @Bean
    PaymentClaims paymentClaims(JdbcTemplate jdbc) {
        return new JdbcPaymentClaims(jdbc);
    }

    @Bean
    BookedEntries bookedEntries(JdbcTemplate jdbc) {
        return new JdbcBookedEntries(jdbc);
    }

    @Bean
    Mismatches mismatches(JdbcTemplate jdbc, ObjectMapper json, MeterRegistry meters) {
        var mismatches = new JdbcMismatches(jdbc, json);
        Gauge.builder("fluxpay.ledger.mismatches.open", mismatches, Mismatches::countOpen)
                .description("payments whose events and journal entries disagree after the grace period")
                .register(meters);
        return mismatches;
    }

    @Bean
    MismatchEvents mismatchEvents(Outbox outbox) {
        return new OutboxMismatchEvents(outbox);
    }

    @Bean
    RecordingPaymentClaim recordingPaymentClaim(PaymentClaims claims, Clock clock) {
        return new RecordingPaymentClaim(claims, clock);
    }

    @Bean
    PaymentClaimConsumer paymentClaimConsumer(EventDispatcher dispatcher, RecordingPaymentClaim recording) {
        return new PaymentClaimConsumer(dispatcher, recording);
    }

    @Bean
    AuditingLedger auditingLedger(PaymentClaims claims, BookedEntries entries, Mismatches mismatches,
                                  MismatchEvents events, Clock clock, Transactions transactions,
                                  @Value("${fluxpay.ledger.audit.grace-period:PT10S}") Duration gracePeriod) {
        return new AuditingLedger(claims, entries, mismatches, events, clock, gracePeriod, transactions);
    }

    @Bean
    CreditAudits creditAudits(JdbcTemplate jdbc) {
        return new JdbcCreditAudits(jdbc);
    }

    @Bean
    AuditingCredits auditingCredits(CreditAudits audits, Mismatches mismatches, MismatchEvents events, Clock clock,
                                    Transactions transactions,
                                    @Value("${fluxpay.ledger.audit.grace-period:PT10S}") Duration gracePeriod) {
        return new AuditingCredits(audits, mismatches, events, clock, gracePeriod, transactions);
    }

    @Bean
    ScheduledLedgerAudit scheduledLedgerAudit(AuditingLedger auditing, AuditingCredits auditingCredits) {
        return new ScheduledLedgerAudit(auditing, auditingCredits);
    }

    @Bean
    LedgerMismatchesEndpoint ledgerMismatchesEndpoint(Mismatches mismatches, AuditingLedger auditing,
                                                      AuditingCredits auditingCredits) {
        return new LedgerMismatchesEndpoint(mismatches, auditing, auditingCredits);
    }
}
