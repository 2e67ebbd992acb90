package com.fluxpay.gateway.payment.application;

import com.fluxpay.gateway.command.TenantId;
import static com.fluxpay.gateway.order.application.OrderFixture.CLOCK;
import static com.fluxpay.gateway.order.application.OrderFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.gateway.command.CommandOutcome;
import com.fluxpay.gateway.order.application.OrderFixture;
import com.fluxpay.gateway.payment.application.RequestingPaymentChange.PaymentChange;
import com.fluxpay.gateway.payment.application.PaymentFixture.InMemoryPayments;
import com.fluxpay.gateway.payment.application.PaymentFixture.SentPaymentCommands;
import com.fluxpay.gateway.payment.domain.PaymentCommandView;
import com.fluxpay.gateway.payment.domain.PaymentCommandView.Kind;
import org.junit.jupiter.api.Test;

class RequestingPaymentChangeTest {

    private final InMemoryPayments payments = new InMemoryPayments()
            .with(PaymentFixture.payment("pay_captured", "PARTIALLY_REFUNDED", 10_000, 10_000, 2_500))
            .with(PaymentFixture.payment("pay_authorized", "AUTHORIZED", 10_000, 4_000, 0));
    private final SentPaymentCommands sent = new SentPaymentCommands(payments);
    private final RequestingPaymentChange changing = new RequestingPaymentChange(payments, sent, CLOCK, OrderFixture.shortWait());

    @Test
    void a_refund_without_an_amount_asks_for_everything_still_refundable() {
        changing.change(TenantId.of(TENANT), "pay_captured", Kind.REFUND, null, "all back", "key-1");

        assertThat(sent.changes).singleElement().satisfies(command -> {
            assertThat(command.amount()).isEqualTo(7_500);
            assertThat(command.id()).startsWith("ref_");
        });
    }

    @Test
    void a_capture_without_an_amount_asks_for_what_is_still_authorized() {
        changing.change(TenantId.of(TENANT), "pay_authorized", Kind.CAPTURE, null, null, "key-1");

        assertThat(sent.changes).singleElement().satisfies(command -> {
            assertThat(command.amount()).isEqualTo(6_000);
            assertThat(command.id()).startsWith("cap_");
        });
    }

    @Test
    void an_amount_that_is_not_positive_is_invalid_and_sends_nothing() {
        assertThat(changing.change(TenantId.of(TENANT), "pay_captured", Kind.REFUND, 0L, null, "key-1"))
                .isInstanceOf(CommandOutcome.Invalid.class);
        assertThat(sent.changes).isEmpty();
    }

    @Test
    void changing_an_unknown_or_another_tenants_payment_is_not_found_and_sends_nothing() {
        assertThat(changing.change(TenantId.of(TENANT), "pay_nope", Kind.REFUND, 100L, null, "key-1"))
                .isEqualTo(CommandOutcome.notFound("Payment", "pay_nope"));
        assertThat(changing.change(TenantId.of("ten_other"), "pay_captured", Kind.REFUND, 100L, null, "key-1"))
                .isInstanceOf(CommandOutcome.NotFound.class);
        assertThat(sent.changes).isEmpty();
    }

    @Test
    void a_change_payment_service_rejects_is_refused_under_its_code_with_the_command() {
        sent.answeringChange(command -> payments.commands.put(command.id(),
                PaymentFixture.settled(command, PaymentCommandView.REJECTED, "PAY_006", "more than was captured")));

        var outcome = changing.change(TenantId.of(TENANT), "pay_captured", Kind.REFUND, 9_000L, null, "key-1");

        assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo("PAY_006");
            assertThat(refused.detail()).isEqualTo("more than was captured");
            assertThat(((PaymentChange) refused.subject()).command().status()).isEqualTo(PaymentCommandView.REJECTED);
        });
    }

    @Test
    void a_change_done_in_time_answers_with_the_payment_as_it_now_is() {
        sent.answeringChange(command -> {
            payments.commands.put(command.id(), PaymentFixture.settled(command, PaymentCommandView.DONE, null, null));
            payments.with(PaymentFixture.payment("pay_captured", "REFUNDED", 10_000, 10_000, 10_000));
        });

        var outcome = changing.change(TenantId.of(TENANT), "pay_captured", Kind.REFUND, null, null, "key-1");

        assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Done.class, done -> {
            assertThat(done.created()).isFalse();
            var change = (PaymentChange) done.result();
            assertThat(change.payment().status()).isEqualTo("REFUNDED");
            assertThat(change.command().status()).isEqualTo(PaymentCommandView.DONE);
        });
    }

    @Test
    void a_change_not_settled_within_the_wait_is_accepted_with_the_requested_command() {
        var outcome = changing.change(TenantId.of(TENANT), "pay_captured", Kind.REFUND, 1_000L, "damaged", "key-1");

        assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Accepted.class, accepted -> {
            var change = (PaymentChange) accepted.result();
            assertThat(change.payment()).isNull();
            assertThat(change.command().status()).isEqualTo(PaymentCommandView.REQUESTED);
            assertThat(change.command().amount()).isEqualTo(1_000);
        });
    }
}
