package com.fluxpay.payment.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.payment.application.ApplyingPspWebhook.Plan;
import com.fluxpay.payment.application.port.ChargeResult;
import com.fluxpay.payment.application.port.OperationResult;
import com.fluxpay.payment.application.port.PaymentProvider;
import com.fluxpay.payment.application.port.Payments;
import com.fluxpay.payment.domain.CaptureMode;
import com.fluxpay.payment.domain.Money;
import com.fluxpay.payment.domain.OrderId;
import com.fluxpay.payment.domain.Payment;
import com.fluxpay.payment.domain.PaymentId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a webhook leads to, decided before any transaction: the PSP's answer when asked, never the body. */
class ApplyingPspWebhookTest {

    private static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");

    private final InMemoryPayments payments = new InMemoryPayments();
    private final AnsweringPsp sandbox = new AnsweringPsp("sandbox");
    private final AnsweringPsp toss = new AnsweringPsp("toss");
    private final ApplyingPspWebhook applying = new ApplyingPspWebhook(payments, new ReconcilingUnknownPayments(
            payments, new PaymentProviders(List.of(sandbox, toss), List.of("sandbox"), Map.of()), null,
            Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(2), 10), null);

    private Payment unknownAt(String psp) {
        var payment = Payment.start(new PaymentId("pay_1"), new OrderId("ord_1"), "tenant-a", Money.of(10_000, "KRW"),
                CaptureMode.AUTOMATIC, psp, "tok", NOW);
        payment.loseOutcome(NOW);
        payments.add(payment);
        return payment;
    }

    private static ApplyPspWebhookCommand webhook(String psp, String reference) {
        return new ApplyPspWebhookCommand(psp, "evt_1", "charge.failed", reference);
    }

    @Test
    void an_unresolved_payment_is_settled_with_what_the_psp_answers_when_asked_whatever_the_webhook_said() {
        unknownAt("sandbox");
        sandbox.answer = new ChargeResult.Approved("ch_pay_1");

        var plan = applying.plan(webhook("sandbox", "pay_1"));

        assertThat(plan).isEqualTo(new Plan.Settle(new PaymentId("pay_1"), new ChargeResult.Approved("ch_pay_1")));
    }

    @Test
    void a_psp_with_no_record_of_the_charge_yet_leaves_the_payment_to_the_reconciler() {
        unknownAt("sandbox");
        sandbox.answer = new ChargeResult.NotCharged("no such charge", false);

        assertThat(applying.plan(webhook("sandbox", "pay_1"))).isInstanceOf(Plan.AskLater.class);
    }

    @Test
    void a_psp_that_does_not_answer_leaves_the_payment_to_the_reconciler() {
        unknownAt("sandbox");
        sandbox.answer = new ChargeResult.Unknown("timeout");

        assertThat(applying.plan(webhook("sandbox", "pay_1"))).isInstanceOf(Plan.AskLater.class);
    }

    @Test
    void a_webhook_for_a_settled_payment_asks_nobody_and_changes_nothing() {
        var payment = unknownAt("sandbox");
        payment.approve("ch_pay_1", NOW);

        assertThat(applying.plan(webhook("sandbox", "pay_1"))).isInstanceOf(Plan.Ignore.class);
        assertThat(sandbox.lookups).isZero();
    }

    @Test
    void a_toss_webhook_finds_its_payment_by_our_order_id() {
        unknownAt("toss");
        toss.answer = new ChargeResult.Declined("REJECT_CARD_PAYMENT", "declined");

        assertThat(applying.plan(webhook("toss", "ord_1"))).isInstanceOf(Plan.Settle.class);
        assertThat(toss.lookups).isOne();
    }

    @Test
    void a_webhook_from_another_psp_than_the_payments_or_naming_no_payment_is_ignored() {
        unknownAt("sandbox");

        assertThat(applying.plan(webhook("toss", "ord_1"))).isInstanceOf(Plan.Ignore.class);
        assertThat(applying.plan(webhook("sandbox", "pay_nobody"))).isInstanceOf(Plan.Ignore.class);
        assertThat(applying.plan(webhook("sandbox", null))).isInstanceOf(Plan.Ignore.class);
        assertThat(sandbox.lookups + toss.lookups).isZero();
    }

    private static final class AnsweringPsp implements PaymentProvider {

        private final String name;
        ChargeResult answer = new ChargeResult.Unknown("not told");
        int lookups;

        AnsweringPsp(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public ChargeResult charge(Charge charge) {
            throw new AssertionError("a webhook never charges");
        }

        @Override
        public ChargeResult lookup(ChargeLookup lookup) {
            lookups++;
            return answer;
        }

        @Override
        public OperationResult capture(Operation operation) {
            throw new AssertionError("a webhook never captures");
        }

        @Override
        public OperationResult cancel(Operation operation) {
            throw new AssertionError("a webhook never cancels");
        }

        @Override
        public OperationResult refund(Operation operation) {
            throw new AssertionError("a webhook never refunds");
        }
    }

    private static final class InMemoryPayments implements Payments {

        private final Map<PaymentId, Payment> byId = new HashMap<>();

        @Override
        public Optional<Payment> find(PaymentId id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<Payment> lock(PaymentId id) {
            return find(id);
        }

        @Override
        public boolean existsForOrder(OrderId orderId) {
            return findForOrder(orderId).isPresent();
        }

        @Override
        public Optional<Payment> findForOrder(OrderId orderId) {
            return byId.values().stream().filter(payment -> payment.orderId().equals(orderId)).findFirst();
        }

        @Override
        public void add(Payment payment) {
            byId.put(payment.id(), payment);
        }

        @Override
        public void update(Payment payment) {
            byId.put(payment.id(), payment);
        }

        @Override
        public List<Payment> unresolvedSince(Instant before, int limit) {
            return List.of();
        }
    }
}
