package com.fluxpay.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.payment.CaptureMode;
import com.fluxpay.ledger.application.AuditingLedger;
import com.fluxpay.ledger.adapter.in.web.LedgerMismatchesEndpoint;
import com.fluxpay.ledger.application.port.Mismatches;
import com.fluxpay.platform.testing.KafkaProbe;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ConsistencyAuditIT extends LedgerIntegrationTest {

    @Autowired
    AuditingLedger audit;
    @Autowired
    LedgerMismatchesEndpoint endpoint;
    @Autowired
    MeterRegistry meters;

    private long mismatchesOf(String tenantId) {
        return jdbc.queryForObject("SELECT count(*) FROM ledger_mismatch WHERE tenant_id = ?", Long.class, tenantId);
    }

    private long claimsOf(String tenantId) {
        return jdbc.queryForObject("SELECT count(*) FROM payment_claim WHERE tenant_id = ?", Long.class, tenantId);
    }

    @Test
    void an_approval_removed_on_purpose_produces_exactly_one_mismatch_naming_it_after_the_grace_period() {
        var probe = new KafkaProbe(kafka);
        String tenant = "audit-" + UUID.randomUUID();
        String complete = "pay_ok_" + UUID.randomUUID();
        String broken = "pay_lost_" + UUID.randomUUID();
        var history = new PaymentHistory(tenant)
                .approved(complete, 10_000, "KRW", CaptureMode.AUTOMATIC)
                .refunded(complete, 2_000, 2_000, "KRW")
                .captured(broken, 5_000, 5_000, "KRW");  // its payment.approved (MANUAL, 5,000) is never sent
        history.all().forEach(event -> event.sendWith(probe));

        await().atMost(Duration.ofSeconds(60)).until(() -> claimsOf(tenant) == 3
                && jdbc.queryForObject("SELECT count(*) FROM posting_rejection WHERE payment_id = ?", Long.class, broken) == 1
                && entriesOfPayment(complete) == 2);
        audit.audit();
        assertThat(mismatchesOf(tenant)).as("still within the grace period").isZero();

        clock.advance(Duration.parse(GRACE_PERIOD).plusSeconds(1));
        audit.audit();
        audit.audit();

        List<Mismatches.Open> open = ((List<?>) endpoint.open().get("mismatches")).stream()
                .map(Mismatches.Open.class::cast).filter(o -> tenant.equals(o.mismatch().tenantId())).toList();
        assertThat(open).singleElement().satisfies(o -> {
            assertThat(o.mismatch().paymentId()).isEqualTo(broken);
            assertThat(o.mismatch().missingEvent()).isEqualTo("payment.approved");
        });
        assertThat(mismatchesOf(tenant)).isEqualTo(1);
        var detected = probe.awaitEvent(Topics.LEDGER_EVENTS, broken, "ledger.mismatch.detected", Duration.ofSeconds(20));
        assertThat(detected.value()).contains("\"missingEvent\":\"payment.approved\"", "MISSING_ENTRY");
        assertThat(probe.eventsWithKey(Topics.LEDGER_EVENTS, broken)).hasSize(1);
        assertThat(meters.get("fluxpay.ledger.mismatches.open").gauge().value()).isGreaterThanOrEqualTo(1);
    }

    // regression: a HOLD_POST entry debits both the pending hold it releases and the clearing account, and the
    // auditor summed both, so every capture of a MANUAL payment was reported as AMOUNT_DIFFERS (twice its amount)
    @Test
    void a_manual_payment_captured_in_two_parts_is_consistent() {
        var probe = new KafkaProbe(kafka);
        String tenant = "audit-manual-" + UUID.randomUUID();
        String payment = "pay_manual_" + UUID.randomUUID();
        new PaymentHistory(tenant)
                .approved(payment, 10_000, "KRW", CaptureMode.MANUAL)
                .captured(payment, 4_000, 4_000, "KRW")
                .captured(payment, 6_000, 10_000, "KRW")
                .all().forEach(event -> event.sendWith(probe));
        await().atMost(Duration.ofSeconds(60)).until(() -> claimsOf(tenant) == 3 && entriesOfPayment(payment) == 3);

        clock.advance(Duration.parse(GRACE_PERIOD).plusSeconds(1));
        audit.audit();

        assertThat(mismatchesOf(tenant)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payment_claim WHERE payment_id = ? AND consistent",
                Long.class, payment)).isEqualTo(3);
    }
}
