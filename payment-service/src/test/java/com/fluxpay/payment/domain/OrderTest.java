package com.fluxpay.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final OrderId ID = new OrderId("ord_1");

    private static OrderOutcome open(long amount, String currency) {
        return Order.open(ID, "tenant-a", amount, currency, "a book", Map.of("sku", "b-1"), NOW);
    }

    @Test
    void a_valid_order_opens_pending_with_its_amount_in_minor_units() {
        var opened = (OrderOutcome.Opened) open(15_000, "KRW");

        assertThat(opened.order().status()).isEqualTo(OrderStatus.PENDING);
        assertThat(opened.order().amount()).isEqualTo(Money.of(15_000, "KRW"));
        assertThat(opened.order().metadata()).containsEntry("sku", "b-1");
    }

    @Test
    void an_order_for_nothing_or_less_is_refused() {
        assertThat(open(0, "KRW")).isEqualTo(new OrderOutcome.Refused(ID, OrderOutcome.Reason.AMOUNT_NOT_POSITIVE));
        assertThat(open(-1, "KRW")).isEqualTo(new OrderOutcome.Refused(ID, OrderOutcome.Reason.AMOUNT_NOT_POSITIVE));
    }

    @Test
    void an_order_in_a_currency_iso_4217_does_not_know_is_refused() {
        assertThat(open(100, "XYZ")).isEqualTo(new OrderOutcome.Refused(ID, OrderOutcome.Reason.UNKNOWN_CURRENCY));
        assertThat(open(100, "krw")).isEqualTo(new OrderOutcome.Refused(ID, OrderOutcome.Reason.UNKNOWN_CURRENCY));
        assertThat(open(100, null)).isEqualTo(new OrderOutcome.Refused(ID, OrderOutcome.Reason.UNKNOWN_CURRENCY));
    }

    @Test
    void an_order_with_too_much_metadata_is_refused() {
        var metadata = new HashMap<String, String>();
        for (int i = 0; i <= Order.MAX_METADATA_ENTRIES; i++) {
            metadata.put("k" + i, "v");
        }
        assertThat(Order.open(ID, "tenant-a", 100, "USD", null, metadata, NOW))
                .isEqualTo(new OrderOutcome.Refused(ID, OrderOutcome.Reason.TOO_LARGE));
    }

    @Test
    void a_pending_order_can_be_paid_once_and_never_canceled_afterwards() {
        var order = ((OrderOutcome.Opened) open(15_000, "KRW")).order();

        var paid = order.paid();

        assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
        org.assertj.core.api.Assertions.assertThatThrownBy(paid::canceled).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_order_accepts_a_payment_only_for_its_own_tenant_amount_and_currency_while_pending() {
        var order = ((OrderOutcome.Opened) open(15_000, "KRW")).order();

        assertThat(order.accepts("tenant-a", 15_000, "KRW")).isTrue();
        assertThat(order.accepts("tenant-b", 15_000, "KRW")).isFalse();
        assertThat(order.accepts("tenant-a", 15_001, "KRW")).isFalse();
        assertThat(order.accepts("tenant-a", 15_000, "USD")).isFalse();
        assertThat(order.canceled().accepts("tenant-a", 15_000, "KRW")).isFalse();
    }

    @Test
    void a_paid_order_refuses_another_payment_as_already_paid() {
        assertThat(pending().paid().refusesPayment(15_000, "KRW", true)).contains(PaymentRefusal.ORDER_ALREADY_PAID);
    }

    @Test
    void a_completed_or_cancelled_order_refuses_a_payment_for_its_state() {
        var completed = ((OrderChange.Changed) pending().paid().complete(false)).order();

        assertThat(completed.refusesPayment(15_000, "KRW", true)).contains(PaymentRefusal.ORDER_COMPLETED);
        assertThat(pending().canceled().refusesPayment(15_000, "KRW", false))
                .contains(PaymentRefusal.ORDER_CANCELED);
    }

    @Test
    void a_pending_order_refuses_a_second_payment_while_the_first_is_unresolved() {
        assertThat(pending().refusesPayment(15_000, "KRW", true)).contains(PaymentRefusal.PAYMENT_IN_PROGRESS);
    }

    @Test
    void a_pending_order_refuses_a_payment_for_another_amount_or_currency_and_takes_its_own() {
        assertThat(pending().refusesPayment(15_001, "KRW", false)).contains(PaymentRefusal.AMOUNT_MISMATCH);
        assertThat(pending().refusesPayment(15_000, "USD", false)).contains(PaymentRefusal.AMOUNT_MISMATCH);
        assertThat(pending().refusesPayment(15_000, "KRW", false)).isEmpty();
    }

    private static Order pending() {
        return ((OrderOutcome.Opened) open(15_000, "KRW")).order();
    }

    @Test
    void a_paid_order_is_completed_and_completing_it_again_changes_nothing() {
        var completed = ((OrderChange.Changed) pending().paid().complete(false)).order();

        assertThat(completed.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(completed.complete(false)).isEqualTo(new OrderChange.AlreadyThere(completed));
    }

    @Test
    void only_a_paid_order_can_be_completed() {
        assertThat(pending().complete(false)).isInstanceOf(OrderChange.Refused.class)
                .extracting(change -> ((OrderChange.Refused) change).reason()).isEqualTo(OrderChange.Reason.NOT_PAID);
        assertThat(((OrderChange.Refused) pending().canceled().complete(false)).reason())
                .isEqualTo(OrderChange.Reason.ALREADY_CANCELED);
    }

    @Test
    void a_pending_order_is_canceled_at_once_but_a_paid_one_returns_its_payment_first() {
        assertThat(((OrderChange.Changed) pending().cancel(false)).order().status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(pending().paid().cancel(false)).isInstanceOf(OrderChange.ReturnPaymentFirst.class);
        assertThat(pending().canceled().cancel(false)).isInstanceOf(OrderChange.AlreadyThere.class);
    }

    @Test
    void a_completed_order_is_not_canceled_and_stays_completed_when_its_money_goes_back() {
        var completed = ((OrderChange.Changed) pending().paid().complete(false)).order();

        assertThat(((OrderChange.Refused) completed.cancel(false)).reason()).isEqualTo(OrderChange.Reason.ALREADY_COMPLETED);
        assertThat(completed.paymentReturned()).isEqualTo(new OrderChange.AlreadyThere(completed));
    }

    @Test
    void a_paid_order_whose_payment_was_returned_is_canceled() {
        assertThat(((OrderChange.Changed) pending().paid().paymentReturned()).order().status())
                .isEqualTo(OrderStatus.CANCELED);
    }

    @Test
    void an_order_whose_payment_is_still_unresolved_is_neither_completed_nor_canceled() {
        assertThat(((OrderChange.Refused) pending().cancel(true)).reason())
                .isEqualTo(OrderChange.Reason.PAYMENT_IN_PROGRESS);
        assertThat(((OrderChange.Refused) pending().complete(true)).reason())
                .isEqualTo(OrderChange.Reason.PAYMENT_IN_PROGRESS);
    }

    @Test
    void an_order_opens_at_version_1_and_every_change_of_status_counts_one_more() {
        var pending = pending();
        var paid = pending.paid();
        var completed = ((OrderChange.Changed) paid.complete(false)).order();

        assertThat(pending.version()).isEqualTo(1);
        assertThat(paid.version()).isEqualTo(2);
        assertThat(completed.version()).isEqualTo(3);
        assertThat(((OrderChange.Changed) paid.paymentReturned()).order().version()).isEqualTo(3);
        assertThat(completed.paymentReturned()).isEqualTo(new OrderChange.AlreadyThere(completed));
    }
}
