package com.fluxpay.ledger;

import com.fluxpay.ledger.application.PostingPaymentEvent;
import com.fluxpay.ledger.domain.MoneyEvent;
import com.fluxpay.ledger.domain.PostingOutcome;
import com.fluxpay.testing.RealInfrastructure;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every ledger IT shares, so Spring builds one context (and one database) for all of them. Tests
 * therefore keep to their own tenants and payment ids.
 */
// a grace period tests step over by moving the clock, never by waiting
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "fluxpay.ledger.audit.grace-period=" + LedgerIntegrationTest.GRACE_PERIOD)
@RealInfrastructure
@Import(LedgerIntegrationTest.Clocks.class)
public abstract class LedgerIntegrationTest {

    protected static final String GRACE_PERIOD = "PT1H";

    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected MovableClock clock;
    @Autowired
    protected TransactionTemplate transactions;
    @Autowired
    protected PostingPaymentEvent posting;
    @Value("${spring.kafka.bootstrap-servers}")
    protected String kafka;

    /** An AUTOMATIC approval in KRW of a new payment: the simplest event that books an entry. */
    protected static MoneyEvent.Approved capturedApproval(String tenantId, long amount) {
        return new MoneyEvent.Approved(UUID.randomUUID(), "pay_" + UUID.randomUUID(), tenantId,
                Currency.getInstance("KRW"), amount, true, Instant.now());
    }

    /** Books an event straight through the use case, in its own transaction as the inbox would run it. */
    protected PostingOutcome book(MoneyEvent event) {
        return transactions.execute(status -> posting.post(event));
    }

    /** Debits minus credits per currency over all of the tenant's postings: zero in a sound ledger. */
    protected Map<String, Long> trialBalanceOf(String tenantId) {
        Map<String, Long> sums = new TreeMap<>();
        jdbc.query("""
                SELECT p.currency, sum(CASE p.side WHEN 'DEBIT' THEN p.amount ELSE -p.amount END)
                FROM posting p JOIN journal_entry e ON e.id = p.entry_id WHERE e.tenant_id = ? GROUP BY p.currency""",
                rs -> {
                    sums.put(rs.getString(1), rs.getLong(2));
                }, tenantId);
        return sums;
    }

    protected long entriesOfPayment(String paymentId) {
        return jdbc.queryForObject("SELECT count(*) FROM journal_entry WHERE payment_id = ?", Long.class, paymentId);
    }

    @TestConfiguration
    static class Clocks {

        @Bean
        MovableClock clock() {
            return new MovableClock();
        }
    }
}
