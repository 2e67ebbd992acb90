package com.fluxpay.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.ledger.application.QueryingLedger;
import com.fluxpay.platform.testing.KafkaProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Payment events off Kafka, through the inbox, into the journal. */
class PaymentEventsIT extends LedgerIntegrationTest {

    @Autowired
    QueryingLedger querying;

    /** The last record sent on each key: once the inbox has it, everything before it on that key is done. */
    private List<UUID> sendEndMarkers(KafkaProbe probe, PaymentHistory history) {
        var markers = new PaymentHistory(history.tenantId);
        history.byPayment.keySet().forEach(paymentId -> markers.failed(paymentId, 1, "KRW"));
        markers.all().forEach(event -> event.sendWith(probe));
        return markers.all().stream().map(PaymentHistory.Event::id).toList();
    }

    private void awaitConsumed(List<UUID> eventIds) {
        await().atMost(Duration.ofSeconds(60)).until(() -> eventIds.stream().allMatch(id -> jdbc.queryForObject(
                "SELECT count(*) FROM inbox_event WHERE consumer = 'payment-events' AND event_id = ?", Long.class, id) == 1));
    }

    /** Every event of every key 1–3 times; the copies land anywhere after the first, keys interleave at random. */
    private static List<PaymentHistory.Event<?>> redelivered(PaymentHistory history, Random random) {
        List<List<PaymentHistory.Event<?>>> perKey = new ArrayList<>();
        for (var events : history.byPayment.values()) {
            List<PaymentHistory.Event<?>> deliveries = new ArrayList<>();
            for (var event : events) {
                deliveries.add(event);
                int firstAt = deliveries.size() - 1;
                for (int copy = random.nextInt(3); copy > 0; copy--) {
                    deliveries.add(firstAt + 1 + random.nextInt(deliveries.size() - firstAt), event);
                }
            }
            perKey.add(deliveries);
        }
        List<PaymentHistory.Event<?>> sequence = new ArrayList<>();
        while (perKey.stream().anyMatch(list -> !list.isEmpty())) {
            var open = perKey.stream().filter(list -> !list.isEmpty()).toList();
            sequence.add(open.get(random.nextInt(open.size())).remove(0));
        }
        return sequence;
    }

    /** The tenant's ledger without its ids: per payment (suffix cut off) the kinds and amounts, and the balances. */
    private List<String> ledgerOf(String tenantId, String suffix) {
        List<String> lines = new ArrayList<>(jdbc.queryForList("""
                SELECT replace(e.payment_id, ?, '') || ' ' || e.kind || ' ' || p.currency || ' '
                       || sum(p.amount) FILTER (WHERE p.side = 'DEBIT')
                FROM journal_entry e JOIN posting p ON p.entry_id = e.id WHERE e.tenant_id = ?
                GROUP BY e.id, e.payment_id, e.kind, p.currency ORDER BY 1""", String.class, suffix, tenantId));
        lines.addAll(jdbc.queryForList("""
                SELECT code || ' ' || currency || ' ' || balance FROM account WHERE tenant_id = ? ORDER BY 1""",
                String.class, tenantId));
        return lines;
    }

    @Test
    void redelivering_every_event_one_to_three_times_in_random_order_per_key_books_the_same_ledger_as_one_delivery() {
        var probe = new KafkaProbe(kafka);
        long seed = new Random().nextLong();
        var once = PaymentHistory.checkoutsAndRefunds("once-" + UUID.randomUUID(), "-a" + seed);
        var often = PaymentHistory.checkoutsAndRefunds("often-" + UUID.randomUUID(), "-b" + seed);

        once.all().forEach(event -> event.sendWith(probe));
        redelivered(often, new Random(seed)).forEach(event -> event.sendWith(probe));
        var markers = new ArrayList<>(sendEndMarkers(probe, once));
        markers.addAll(sendEndMarkers(probe, often));
        awaitConsumed(markers);

        assertThat(ledgerOf(often.tenantId, "-b" + seed)).as("seed %d", seed)
                .isEqualTo(ledgerOf(once.tenantId, "-a" + seed))
                .contains("p1 CAPTURE KRW 15000", "p2 HOLD KRW 20000", "p2 HOLD_VOID KRW 5000", "p5 REFUND USD 50",
                        "MERCHANT_PAYABLE KRW 45000", "PSP_CLEARING USD 1000", "AUTHORIZATIONS_RECEIVABLE KRW 0");
        assertThat(trialBalanceOf(often.tenantId)).isEqualTo(Map.of("KRW", 0L, "USD", 0L));
        assertThat(trialBalanceOf(once.tenantId)).isEqualTo(Map.of("KRW", 0L, "USD", 0L));
        assertThat(querying.trialBalance(often.tenantId).balanced()).as("nets to zero, running balances agree").isTrue();
    }

    @Test
    void a_refund_larger_than_the_capture_is_refused_and_recorded_without_a_dead_letter() {
        var probe = new KafkaProbe(kafka);
        String paymentId = "pay_" + UUID.randomUUID();
        var history = new PaymentHistory("refund-" + UUID.randomUUID())
                .approved(paymentId, 10_000, "KRW", com.fluxpay.contracts.payment.CaptureMode.AUTOMATIC)
                .refunded(paymentId, 10_001, 10_001, "KRW");
        history.all().forEach(event -> event.sendWith(probe));
        awaitConsumed(sendEndMarkers(probe, history));

        assertThat(entriesOfPayment(paymentId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT reason FROM posting_rejection WHERE payment_id = ?", String.class, paymentId))
                .isEqualTo("REFUND_EXCEEDS_CAPTURED");
    }
}
