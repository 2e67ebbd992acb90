package com.fluxpay.payment.domain;

import static com.fluxpay.payment.domain.PaymentFixture.AUTHORIZED_AMOUNT;
import static com.fluxpay.payment.domain.PaymentFixture.NOW;
import static com.fluxpay.payment.domain.PaymentFixture.won;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PaymentTest {

    private static PaymentOutcome.Reason reasonOf(PaymentOutcome outcome) {
        return ((PaymentOutcome.Rejected) outcome).reason();
    }

    @Test
    void a_new_payment_is_processing_with_an_attempt_key_derived_from_its_id() {
        var payment = PaymentFixture.processing(CaptureMode.AUTOMATIC);

        assertThat(payment.state()).isEqualTo(PaymentState.PROCESSING);
        assertThat(payment.attemptKey()).isEqualTo("fluxpay-pay_1");
    }

    @Test
    void an_approved_one_step_purchase_is_captured_in_full() {
        var payment = PaymentFixture.processing(CaptureMode.AUTOMATIC);

        payment.approve("ch_1", NOW);

        assertThat(payment.state()).isEqualTo(PaymentState.CAPTURED);
        assertThat(payment.captured()).isEqualTo(AUTHORIZED_AMOUNT);
        assertThat(payment.pspReference()).contains("ch_1");
    }

    @Test
    void an_approved_manual_capture_payment_is_only_authorized() {
        var payment = PaymentFixture.authorized();

        assertThat(payment.state()).isEqualTo(PaymentState.AUTHORIZED);
        assertThat(payment.captured()).isEqualTo(won(0));
    }

    @Test
    void an_unknown_payment_can_be_resolved_to_approved_by_the_reconciler() {
        var payment = PaymentFixture.in(PaymentState.UNKNOWN);

        assertThat(payment.approve("ch_1", NOW)).isInstanceOf(PaymentOutcome.Changed.class);
        assertThat(payment.state()).isEqualTo(PaymentState.AUTHORIZED);
    }

    @Test
    void several_partial_captures_add_up_to_the_authorized_amount() {
        var payment = PaymentFixture.authorized();

        payment.capture(won(3_000), false, NOW);
        assertThat(payment.state()).isEqualTo(PaymentState.PARTIALLY_CAPTURED);
        payment.capture(won(7_000), false, NOW);

        assertThat(payment.state()).isEqualTo(PaymentState.CAPTURED);
        assertThat(payment.captured()).isEqualTo(AUTHORIZED_AMOUNT);
    }

    @Test
    void a_capture_larger_than_what_is_left_of_the_authorization_is_rejected() {
        var payment = PaymentFixture.authorized();
        payment.capture(won(6_000), false, NOW);

        assertThat(reasonOf(payment.capture(won(4_001), false, NOW)))
                .isEqualTo(PaymentOutcome.Reason.EXCEEDS_AUTHORIZED_AMOUNT);
        assertThat(payment.captured()).isEqualTo(won(6_000));
    }

    @Test
    void a_capture_after_which_the_psp_released_the_rest_closes_the_payment() {
        var payment = PaymentFixture.capturedFor(won(4_000));

        assertThat(payment.state()).isEqualTo(PaymentState.CAPTURED);
        assertThat(payment.refundable()).isEqualTo(won(4_000));
    }

    @Test
    void canceling_a_partly_captured_payment_releases_only_the_rest() {
        var payment = PaymentFixture.in(PaymentState.PARTIALLY_CAPTURED);

        var outcome = (PaymentOutcome.Changed) payment.cancel(NOW);

        assertThat(outcome.transition()).isEqualTo(PaymentTransition.RELEASE_REMAINDER);
        assertThat(outcome.amount()).isEqualTo(won(6_000));
        assertThat(payment.state()).isEqualTo(PaymentState.CAPTURED);
    }

    @Test
    void several_partial_refunds_add_up_to_the_captured_amount() {
        var payment = PaymentFixture.capturedFor(AUTHORIZED_AMOUNT);

        payment.refund(won(2_500), NOW);
        payment.refund(won(2_500), NOW);
        assertThat(payment.state()).isEqualTo(PaymentState.PARTIALLY_REFUNDED);
        payment.refund(won(5_000), NOW);

        assertThat(payment.state()).isEqualTo(PaymentState.REFUNDED);
        assertThat(payment.refunded()).isEqualTo(AUTHORIZED_AMOUNT);
    }

    @Test
    void a_refund_larger_than_the_captured_amount_is_rejected() {
        var payment = PaymentFixture.capturedFor(won(4_000));

        assertThat(reasonOf(payment.refund(won(4_001), NOW))).isEqualTo(PaymentOutcome.Reason.EXCEEDS_CAPTURED_AMOUNT);
        assertThat(payment.state()).isEqualTo(PaymentState.CAPTURED);
    }

    @Test
    void a_refund_of_an_authorization_that_was_never_captured_is_a_state_mismatch() {
        assertThat(reasonOf(PaymentFixture.authorized().refund(won(1), NOW)))
                .isEqualTo(PaymentOutcome.Reason.STATE_MISMATCH);
    }

    @Test
    void a_refund_of_nothing_or_in_another_currency_is_rejected() {
        var payment = PaymentFixture.capturedFor(AUTHORIZED_AMOUNT);

        assertThat(reasonOf(payment.refund(won(0), NOW))).isEqualTo(PaymentOutcome.Reason.AMOUNT_NOT_POSITIVE);
        assertThat(reasonOf(payment.refund(Money.of(100, "USD"), NOW)))
                .isEqualTo(PaymentOutcome.Reason.CURRENCY_MISMATCH);
    }

    @Test
    void a_payment_that_would_refund_more_than_it_captured_cannot_be_restored() {
        var s = PaymentFixture.capturedFor(won(4_000)).snapshot();

        assertThatThrownBy(() -> Payment.restore(new Payment.Snapshot(s.id(), s.orderId(), s.tenantId(), s.amount(),
                s.captureMode(), s.psp(), s.paymentMethod(), s.attemptKey(), s.createdAt(), s.state(),
                s.pspReference(), s.captured(), won(4_001), s.failure(), s.failureDetail(), s.updatedAt(), s.version())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void money_in_two_currencies_never_adds_up() {
        assertThatThrownBy(() -> won(1).plus(Money.of(1, "USD"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_payment_keeps_money_until_its_authorization_is_voided_and_all_it_captured_is_refunded() {
        assertThat(PaymentState.values()).allSatisfy(state -> assertThat(PaymentFixture.in(state).keepsMoney())
                .as("%s keeps money", state)
                .isEqualTo(switch (state) {
                    case AUTHORIZED, PARTIALLY_CAPTURED, CAPTURED, PARTIALLY_REFUNDED -> true;
                    case PROCESSING, UNKNOWN, CANCELED, FAILED, REFUNDED -> false;
                }));
    }

    @Test
    void every_state_change_counts_one_version_from_1_at_the_start_and_a_failover_counts_none() {
        var payment = PaymentFixture.processing(CaptureMode.MANUAL);
        assertThat(payment.version()).isEqualTo(1);

        payment.routeTo("toss", NOW);
        assertThat(payment.version()).isEqualTo(1);

        payment.approve("ch_1", NOW);
        payment.capture(won(4_000), false, NOW);
        payment.capture(won(6_000), false, NOW);
        payment.refund(won(3_000), NOW);
        payment.refund(won(3_000), NOW);
        payment.refund(won(4_000), NOW);
        assertThat(payment.state()).isEqualTo(PaymentState.REFUNDED);
        assertThat(payment.version()).isEqualTo(7);
    }

    @Test
    void a_rejected_change_leaves_the_version_as_it_was() {
        var payment = PaymentFixture.capturedFor(AUTHORIZED_AMOUNT);
        long before = payment.version();

        payment.refund(won(10_001), NOW);
        payment.capture(won(1), false, NOW);

        assertThat(payment.version()).isEqualTo(before);
    }

    @Test
    void a_restored_payment_keeps_its_version() {
        var payment = PaymentFixture.capturedFor(AUTHORIZED_AMOUNT);

        assertThat(Payment.restore(payment.snapshot()).version()).isEqualTo(payment.version()).isEqualTo(3);
    }
}
