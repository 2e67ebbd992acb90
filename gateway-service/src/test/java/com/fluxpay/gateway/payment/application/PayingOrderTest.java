package com.fluxpay.gateway.payment.application;

import com.fluxpay.gateway.command.TenantId;
import static com.fluxpay.gateway.order.application.OrderFixture.CLOCK;
import static com.fluxpay.gateway.order.application.OrderFixture.NOW;
import static com.fluxpay.gateway.order.application.OrderFixture.TENANT;
import static com.fluxpay.gateway.order.application.OrderFixture.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.gateway.command.CommandOutcome;
import com.fluxpay.gateway.command.Violation;
import com.fluxpay.gateway.order.application.OrderFixture;
import com.fluxpay.gateway.order.application.OrderFixture.InMemoryOrders;
import com.fluxpay.gateway.order.domain.OrderView;
import com.fluxpay.gateway.payment.application.PaymentFixture.InMemoryPayments;
import com.fluxpay.gateway.payment.application.PaymentFixture.SentPaymentCommands;
import com.fluxpay.gateway.payment.domain.PaymentRequest;
import com.fluxpay.gateway.payment.domain.PaymentView;
import org.junit.jupiter.api.Test;

class PayingOrderTest {

    private final InMemoryOrders orders = new InMemoryOrders().with(order("ord_pending", "PENDING", 15_000),
            order("ord_paid", "PAID", 15_000), order("ord_done", OrderView.COMPLETED, 15_000));
    private final InMemoryPayments payments = new InMemoryPayments();
    private final SentPaymentCommands sent = new SentPaymentCommands(payments);
    private final PayingOrder paying = new PayingOrder(orders, payments, sent, CLOCK, OrderFixture.shortWait());

    private static PaymentRequest pay(String orderId) {
        return new PaymentRequest(orderId, "tok_approve", "sandbox", null, null);
    }

    private void paymentServiceAnswers(String code, String reason) {
        sent.answeringConfirm(payment -> payments.with(PaymentFixture.failed(payment, code, reason)));
    }

    @Test
    void a_payment_refused_before_any_psp_was_asked_is_a_conflict_not_a_decline() {
        paymentServiceAnswers("PAY_004", "another payment of the order won; no PSP was asked");

        var outcome = paying.pay(TenantId.of(TENANT), pay("ord_pending"), "key-1");

        assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo("PAY_004");
            assertThat(refused.detail()).startsWith("Payment-service refused the payment: ").doesNotContain("PSP did not");
            assertThat(((PaymentView) refused.subject()).status()).isEqualTo(PaymentView.FAILED);
        });
    }

    @Test
    void a_decline_by_the_psp_is_refused_under_the_decline_code() {
        paymentServiceAnswers("PAY_002", "card declined");

        var outcome = paying.pay(TenantId.of(TENANT), pay("ord_pending"), "key-1");

        assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo("PAY_002");
            assertThat(refused.detail()).isEqualTo("The PSP did not approve the payment: card declined");
        });
    }

    @Test
    void a_failure_without_a_code_reads_as_a_decline() {
        paymentServiceAnswers(null, "no reason given");

        assertThat(paying.pay(TenantId.of(TENANT), pay("ord_pending"), "key-1"))
                .isInstanceOfSatisfying(CommandOutcome.Refused.class, refused ->
                        assertThat(refused.code()).isEqualTo("PAY_002"));
    }

    @Test
    void an_approval_in_time_is_done_and_created() {
        sent.answeringConfirm(payment -> payments.with(PaymentFixture.withStatus(payment, "CAPTURED", 15_000)));

        assertThat(paying.pay(TenantId.of(TENANT), pay("ord_pending"), "key-1"))
                .isInstanceOfSatisfying(CommandOutcome.Done.class, done -> {
                    assertThat(done.created()).isTrue();
                    assertThat(((PaymentView) done.result()).capturedAmount()).isEqualTo(15_000);
                });
    }

    @Test
    void no_answer_within_the_wait_is_accepted_and_what_was_sent_is_the_orders_own_amount() {
        var outcome = paying.pay(TenantId.of(TENANT), pay("ord_pending"), "key-1");

        assertThat(outcome).isInstanceOf(CommandOutcome.Accepted.class);
        assertThat(sent.confirmations).singleElement().satisfies(payment -> {
            assertThat(payment.amount()).isEqualTo(15_000);
            assertThat(payment.orderId()).isEqualTo("ord_pending");
            assertThat(payment.captureMode()).isEqualTo("AUTOMATIC");
            assertThat(payment.requestedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void an_order_already_paid_is_refused_with_pay_003_and_sends_nothing() {
        assertThat(paying.pay(TenantId.of(TENANT), pay("ord_paid"), "key-1"))
                .isEqualTo(CommandOutcome.refused("PAY_003", "The order is already paid."));
        assertThat(sent.confirmations).isEmpty();
    }

    @Test
    void an_order_that_is_not_pending_is_refused_with_pay_004_and_sends_nothing() {
        assertThat(paying.pay(TenantId.of(TENANT), pay("ord_done"), "key-1"))
                .isInstanceOfSatisfying(CommandOutcome.Refused.class, refused -> {
                    assertThat(refused.code()).isEqualTo("PAY_004");
                    assertThat(refused.detail()).contains("COMPLETED");
                });
        assertThat(sent.confirmations).isEmpty();
    }

    @Test
    void paying_an_unknown_or_another_tenants_order_is_not_found() {
        assertThat(paying.pay(TenantId.of(TENANT), pay("ord_nope"), "key-1")).isEqualTo(CommandOutcome.notFound("Order", "ord_nope"));
        assertThat(paying.pay(TenantId.of("ten_other"), pay("ord_pending"), "key-1")).isInstanceOf(CommandOutcome.NotFound.class);
        assertThat(sent.confirmations).isEmpty();
    }

    @Test
    void an_invalid_payment_request_sends_nothing() {
        var outcome = paying.pay(TenantId.of(TENANT), new PaymentRequest("ord_pending", null, "paypal", "LATER", null), "key-1");

        assertThat(outcome).isInstanceOf(CommandOutcome.Invalid.class);
        assertThat(((CommandOutcome.Invalid<PaymentView>) outcome).violations()).extracting(Violation::field)
                .containsExactly("paymentMethod", "psp", "captureMode");
        assertThat(sent.confirmations).isEmpty();
    }

    @Test
    void a_retry_with_the_same_key_names_the_same_payment() {
        var first = (CommandOutcome.Accepted<PaymentView>) paying.pay(TenantId.of(TENANT), pay("ord_pending"), "key-1");
        var retry = (CommandOutcome.Accepted<PaymentView>) paying.pay(TenantId.of(TENANT), pay("ord_pending"), "key-1");

        assertThat(first.id()).startsWith("pay_").isEqualTo(retry.id());
    }

    @Test
    void a_retry_after_the_first_attempt_paid_the_order_answers_with_that_payment_not_a_conflict() {
        sent.answeringConfirm(payment -> payments.with(PaymentFixture.withStatus(payment, "CAPTURED", 15_000)));
        var first = (CommandOutcome.Done<PaymentView>) paying.pay(TenantId.of(TENANT), pay("ord_pending"), "key-1");
        // the order's projection moves on: paid by the first attempt, whose answer the client never received
        orders.with(order("ord_pending", "PAID", 15_000));

        var retry = paying.pay(TenantId.of(TENANT), pay("ord_pending"), "key-1");

        assertThat(retry).isInstanceOfSatisfying(CommandOutcome.Done.class, done -> {
            assertThat(done.id()).isEqualTo(first.id());
            assertThat(((PaymentView) done.result()).status()).isEqualTo("CAPTURED");
        });
        assertThat(sent.confirmations).hasSize(1);
    }

    @Test
    void another_key_for_an_order_that_is_paid_is_still_refused() {
        sent.answeringConfirm(payment -> payments.with(PaymentFixture.withStatus(payment, "CAPTURED", 15_000)));
        paying.pay(TenantId.of(TENANT), pay("ord_pending"), "key-1");
        orders.with(order("ord_pending", "PAID", 15_000));

        assertThat(paying.pay(TenantId.of(TENANT), pay("ord_pending"), "key-2"))
                .isEqualTo(CommandOutcome.refused("PAY_003", "The order is already paid."));
    }
}
