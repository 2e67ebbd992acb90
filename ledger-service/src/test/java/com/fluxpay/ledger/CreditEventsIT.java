package com.fluxpay.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fluxpay.contracts.EventType;
import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.credit.CreditAccountIds;
import com.fluxpay.contracts.credit.CreditDeducted;
import com.fluxpay.contracts.credit.CreditDraw;
import com.fluxpay.contracts.credit.CreditEventTypes;
import com.fluxpay.contracts.credit.CreditExpired;
import com.fluxpay.contracts.credit.CreditGranted;
import com.fluxpay.contracts.credit.CreditRefunded;
import com.fluxpay.contracts.credit.CreditReleased;
import com.fluxpay.contracts.credit.CreditTopUps;
import com.fluxpay.contracts.order.OrderCreated;
import com.fluxpay.contracts.payment.CaptureMode;
import com.fluxpay.contracts.payment.PaymentApproved;
import com.fluxpay.contracts.payment.PaymentEventTypes;
import com.fluxpay.contracts.payment.PaymentRefunded;
import com.fluxpay.ledger.application.AuditingCredits;
import com.fluxpay.ledger.application.PostingCreditEvent;
import com.fluxpay.ledger.application.PostingPaymentEvent;
import com.fluxpay.ledger.application.QueryingLedger;
import com.fluxpay.ledger.application.RecordingTopUpOrder;
import com.fluxpay.ledger.application.VerifyingLedgerChain;
import com.fluxpay.ledger.application.port.Mismatches;
import com.fluxpay.ledger.domain.AccountCode;
import com.fluxpay.ledger.domain.AccountRef;
import com.fluxpay.ledger.domain.CreditMovement;
import com.fluxpay.ledger.domain.MoneyEvent;
import com.fluxpay.ledger.domain.PostingOutcome;
import com.fluxpay.ledger.domain.audit.Finding;
import com.fluxpay.platform.testing.KafkaProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Top-ups bought with ordinary orders, their payments and the credit events of their accounts, off Kafka, through the
 * inbox, into the journal and the credit register; then the credit auditor over what arrived.
 */
class CreditEventsIT extends LedgerIntegrationTest {

    @Autowired
    QueryingLedger querying;
    @Autowired
    VerifyingLedgerChain chains;
    @Autowired
    AuditingCredits auditingCredits;
    @Autowired
    Mismatches mismatches;
    @Autowired
    PostingCreditEvent postingCredits;
    @Autowired
    RecordingTopUpOrder topUpOrders;

    private KafkaProbe probe;
    private final String tenant = "credits-" + UUID.randomUUID();
    private final List<Sent> sent = new ArrayList<>();

    private record Sent(EventType<?> type, UUID id, String key, Object payload) {
    }

    /** One credit account's events, versions counted up as they are sent. */
    private final class Account {

        final String id;
        final String customer;
        long version;

        Account(String customer) {
            this.customer = customer;
            this.id = CreditAccountIds.of(tenant, customer, "credits");
        }

        void granted(String grantId, String category, long credits, Long price, long available) {
            send(CreditEventTypes.GRANTED, id, new CreditGranted(id, tenant, customer, "credits", grantId, category,
                    credits, null, price, price == null ? null : "KRW", available, 0, ++version, Instant.now(), 0L));
        }

        void deducted(long credits, long available, CreditDraw... draws) {
            send(CreditEventTypes.DEDUCTED, id, new CreditDeducted(id, tenant, customer, "credits", "usage:u" + version,
                    "u" + version, credits, available, 0, ++version, Instant.now(), List.of(draws), 0L));
        }

        void expired(long credits, long available, CreditDraw... draws) {
            send(CreditEventTypes.EXPIRED, id, new CreditExpired(id, tenant, customer, "credits",
                    List.of(draws).stream().map(CreditDraw::grantId).toList(), credits, credits, 0, available, 0,
                    ++version, Instant.now(), List.of(draws), 0L));
        }

        void refunded(String grantId, long credits, long amount, String paymentId, long available) {
            send(CreditEventTypes.REFUNDED, id, new CreditRefunded(id, tenant, customer, "credits", grantId, credits,
                    amount, "KRW", paymentId, available, 0, ++version, Instant.now(),
                    List.of(new CreditDraw(grantId, "PAID", credits, amount, "KRW")), 0L));
        }

        void released(long credits, long available) {
            send(CreditEventTypes.RELEASED, id, new CreditReleased(id, tenant, customer, "credits", "usage:r", "r",
                    credits, "RELEASED", available, 0, ++version, Instant.now(), 0L));
        }

        /** A movement lost on the way: its version is used up, nothing is sent. */
        void lost() {
            version++;
        }
    }

    private <T> void send(EventType<T> type, String key, T payload) {
        var id = probe.send(type, key, tenant, payload);
        sent.add(new Sent(type, id, key, payload));
    }

    @SuppressWarnings("unchecked")
    private <T> void resend(Sent event, UUID id) {
        probe.resend((EventType<T>) event.type(), id, event.key(), tenant, (T) event.payload());
    }

    /** An order buying {@code credits} and its payment ({@code pay_<orderId>}), captured at once and booked. */
    private void topUpPaid(String orderId, String customer, long credits, long amount) {
        send(EventTypes.ORDER_CREATED, orderId, new OrderCreated(orderId, tenant, amount, "KRW", credits + " credits",
                Map.of(CreditTopUps.CUSTOMER, customer, CreditTopUps.UNIT, "credits", CreditTopUps.QUANTITY,
                        Long.toString(credits)), "PENDING", Instant.now()));
        String paymentId = "pay_" + orderId;
        send(PaymentEventTypes.APPROVED, paymentId, new PaymentApproved(paymentId, orderId, tenant, amount, "KRW",
                "sandbox", "psp_" + orderId, CaptureMode.AUTOMATIC, amount, Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> entriesOfPayment(paymentId) == 1);
    }

    private void refundPaid(String orderId, long amount) {
        String paymentId = "pay_" + orderId;
        send(PaymentEventTypes.REFUNDED, paymentId, new PaymentRefunded(paymentId, "rf_" + orderId, orderId, tenant,
                amount, amount, "KRW", Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> entriesOfPayment(paymentId) == 2);
    }

    private long inInbox(String consumer, List<UUID> ids) {
        return ids.stream().filter(id -> jdbc.queryForObject(
                "SELECT count(*) FROM inbox_event WHERE consumer = ? AND event_id = ?", Long.class, consumer, id) == 1)
                .count();
    }

    private void awaitCreditEventsConsumed() {
        var ids = sent.stream().filter(s -> s.type().topic().equals(Topics.CREDIT_EVENTS)).map(Sent::id).toList();
        await().atMost(Duration.ofSeconds(60)).until(() -> inInbox("credit-events", ids) == ids.size());
    }

    private long balance(String code) {
        return querying.balance(new AccountRef(tenant, AccountCode.valueOf(code), Currency.getInstance("KRW")));
    }

    private Map<String, Long> balances() {
        return Map.of("MERCHANT_PAYABLE", balance("MERCHANT_PAYABLE"), "CREDIT_LIABILITY", balance("CREDIT_LIABILITY"),
                "CREDIT_REVENUE", balance("CREDIT_REVENUE"), "BREAKAGE_REVENUE", balance("BREAKAGE_REVENUE"),
                "PSP_CLEARING", balance("PSP_CLEARING"));
    }

    private List<String> creditEntries() {
        return jdbc.queryForList("""
                SELECT e.kind || ' ' || sum(p.amount) FILTER (WHERE p.side = 'DEBIT') FROM journal_entry e
                JOIN posting p ON p.entry_id = e.id WHERE e.tenant_id = ? AND e.kind LIKE 'CREDIT%'
                GROUP BY e.id, e.kind ORDER BY e.sequence""", String.class, tenant);
    }

    private List<Mismatches.Open> openCreditMismatches() {
        return mismatches.allOpen().stream().filter(open -> tenant.equals(open.mismatch().tenantId())).toList();
    }

    private static Function<Mismatches.Open, List<Finding.Kind>> findingKinds() {
        return open -> open.mismatch().findings().stream().map(Finding::kind).toList();
    }

    @Test
    void top_ups_usage_expiry_and_refund_post_balanced_entries_once_however_often_they_arrive_and_the_auditor_names_what_is_wrong() {
        probe = new KafkaProbe(kafka);
        var alice = new Account("cus_alice");
        topUpPaid("ord_a", "cus_alice", 500, 15_000);
        alice.granted("topup:ord_a", "PAID", 500, 15_000L, 500);
        alice.granted("promo", "FREE", 100, null, 600);
        alice.deducted(150, 450, new CreditDraw("promo", "FREE", 100, 0, null),
                new CreditDraw("topup:ord_a", "PAID", 50, 1_500, "KRW"));
        alice.released(20, 450);
        alice.expired(50, 400, new CreditDraw("topup:ord_a", "PAID", 50, 1_500, "KRW"));
        alice.refunded("topup:ord_a", 400, 12_000, "pay_ord_a", 0);
        awaitCreditEventsConsumed();
        // credit-service completes a refund once payment-service refunded; here the ledger books credit.refunded
        // first, the order in which the pair balances at every step (docs/ledger.md, "Credits")
        refundPaid("ord_a", 12_000);

        // paid, never granted
        topUpPaid("ord_b", "cus_bob", 100, 10_000);
        // granted twice (a bug upstream): two events, two versions
        var carol = new Account("cus_carol");
        topUpPaid("ord_c", "cus_carol", 100, 5_000);
        carol.granted("topup:ord_c", "PAID", 100, 5_000L, 100);
        carol.granted("topup:ord_c", "PAID", 100, 5_000L, 200);
        // a deduction lost on the way: the next event's balance says so
        var dave = new Account("cus_dave");
        dave.granted("welcome", "FREE", 100, null, 100);
        dave.lost();
        dave.released(10, 70);
        awaitCreditEventsConsumed();
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject("""
                SELECT count(*) FROM top_up_order o JOIN payment_claim c ON c.order_id = o.order_id
                WHERE o.tenant_id = ?""", Long.class, tenant) == 3);

        var booked = creditEntries();
        var before = balances();
        assertThat(booked).containsExactly("CREDIT_PURCHASE 15000", "CREDIT_USAGE 1500", "CREDIT_BREAKAGE 1500",
                "CREDIT_REFUND 12000", "CREDIT_PURCHASE 5000", "CREDIT_PURCHASE 5000");
        assertThat(before).isEqualTo(Map.of("MERCHANT_PAYABLE", 5_000L,
                "CREDIT_LIABILITY", 10_000L, "CREDIT_REVENUE", 1_500L, "BREAKAGE_REVENUE", 1_500L,
                "PSP_CLEARING", 18_000L));

        // every credit event again with its own id (redelivery), and alice's consumption announced again under a new id
        var creditEvents = sent.stream().filter(s -> s.type().topic().equals(Topics.CREDIT_EVENTS)).toList();
        creditEvents.forEach(event -> resend(event, event.id()));
        var againUnderNewId = UUID.randomUUID();
        resend(creditEvents.get(2), againUnderNewId);
        await().atMost(Duration.ofSeconds(60)).until(() -> inInbox("credit-events", List.of(againUnderNewId)) == 1);

        assertThat(creditEntries()).as("nothing posted twice").isEqualTo(booked);
        assertThat(balances()).isEqualTo(before);
        assertThat(querying.trialBalance(tenant).balanced()).isTrue();
        assertThat(trialBalanceOf(tenant)).containsOnlyKeys("KRW").containsValue(0L);
        assertThat(chains.verify(tenant).intact()).as("credit entries are links of the tenant's chain").isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM credit_movement WHERE account_id = ?", Long.class,
                alice.id)).as("free ones too, in credits").isEqualTo(6);

        auditingCredits.audit();
        assertThat(openCreditMismatches()).as("within the grace period").isEmpty();
        clock.advance(Duration.parse(GRACE_PERIOD).plusSeconds(1));
        auditingCredits.audit();
        auditingCredits.audit();

        var open = openCreditMismatches();
        assertThat(open).extracting(o -> o.mismatch().paymentId())
                .containsExactlyInAnyOrder("topup:ord_b", "topup:ord_c", dave.id);
        assertThat(open).filteredOn(o -> o.mismatch().paymentId().equals("topup:ord_b")).singleElement()
                .satisfies(o -> assertThat(o.mismatch().missingEvent()).isEqualTo("credit.granted"))
                .extracting(findingKinds()).isEqualTo(List.of(Finding.Kind.MISSING_GRANT));
        assertThat(open).filteredOn(o -> o.mismatch().paymentId().equals("topup:ord_c")).singleElement()
                .extracting(findingKinds()).isEqualTo(List.of(Finding.Kind.DUPLICATE_GRANT));
        assertThat(open).filteredOn(o -> o.mismatch().paymentId().equals(dave.id)).singleElement()
                .extracting(findingKinds()).isEqualTo(List.of(Finding.Kind.BALANCE_DIFFERS));
        var detected = probe.awaitEvent(Topics.LEDGER_EVENTS, "topup:ord_b", "ledger.mismatch.detected",
                Duration.ofSeconds(20));
        assertThat(detected.value()).contains("MISSING_GRANT");
    }

    @Test
    void a_top_up_refund_booked_before_its_credit_refunded_waits_for_it_and_the_pair_then_balances_the_payable() {
        var krw = Currency.getInstance("KRW");
        String orderId = "ord_r_" + UUID.randomUUID();
        String paymentId = "pay_" + orderId;
        String account = CreditAccountIds.of(tenant, "cus_r", "credits");
        topUpOrders.record(new RecordingTopUpOrder.TopUpOrderCommand(orderId, tenant, 10_000, "KRW", Map.of(
                CreditTopUps.CUSTOMER, "cus_r", CreditTopUps.UNIT, "credits", CreditTopUps.QUANTITY, "100")));
        book(new MoneyEvent.Approved(UUID.randomUUID(), paymentId, tenant, krw, 10_000, true, Instant.now()));
        var topUp = new CreditMovement.GrantArrived("topup:" + orderId, CreditMovement.Category.PAID,
                Optional.of(10_000L), Optional.of(krw));
        postCredit(new CreditMovement(UUID.randomUUID(), account, tenant, "cus_r", "credits",
                CreditMovement.Kind.GRANTED, 1, 100, Optional.of(topUp), List.of(), 100, 0, 0, Instant.now()));
        var refund = new MoneyEvent.Refunded(UUID.randomUUID(), paymentId, "rf_1", tenant, krw, 10_000, Instant.now(),
                orderId);

        assertThatThrownBy(() -> book(refund)).as("retried, not refused: its credits are on their way")
                .isInstanceOf(PostingPaymentEvent.TopUpRefundAwaitsItsCredits.class);
        postCredit(new CreditMovement(UUID.randomUUID(), account, tenant, "cus_r", "credits",
                CreditMovement.Kind.REFUNDED, 2, 100, Optional.empty(), List.of(new CreditMovement.Draw(
                        "topup:" + orderId, CreditMovement.Category.PAID, 100, 10_000, Optional.of(krw))), 0, 0, 0,
                Instant.now()));
        assertThat(book(refund)).isInstanceOf(PostingOutcome.Posted.class);

        assertThat(balance("MERCHANT_PAYABLE")).isZero();
        assertThat(balance("CREDIT_LIABILITY")).isZero();
        assertThat(balance("PSP_CLEARING")).isZero();
        assertThat(querying.trialBalance(tenant).balanced()).isTrue();
    }

    private void postCredit(CreditMovement movement) {
        transactions.execute(status -> postingCredits.post(movement));
    }
}
