package com.fluxpay.credit.domain;

import static com.fluxpay.credit.domain.CreditFixture.FIVE_MINUTES;
import static com.fluxpay.credit.domain.CreditFixture.NOW;
import static com.fluxpay.credit.domain.CreditFixture.emptyAccount;
import static com.fluxpay.credit.domain.CreditFixture.free;
import static com.fluxpay.credit.domain.CreditFixture.grant;
import static com.fluxpay.credit.domain.CreditFixture.key;
import static com.fluxpay.credit.domain.CreditFixture.minutesLater;
import static com.fluxpay.credit.domain.CreditFixture.paidFor;
import static com.fluxpay.credit.domain.CreditFixture.reservation;
import static com.fluxpay.credit.domain.CreditFixture.reserved;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefundingTopUpTest {

    private static final GrantId TOP_UP = grant("top-up");

    private static CreditAccount toppedUp() {
        var account = emptyAccount();
        account.grant(paidFor("top-up", 100, Money.of(10_000, "KRW")), NOW);
        return account;
    }

    @Test
    void only_the_unconsumed_part_of_a_top_up_can_be_refunded() {
        var account = toppedUp();
        account.spend(30, key(), NOW);
        reserved(account, "res_1", 20, NOW);

        var refused = (RefundOutcome.Refused) account.holdRefund(TOP_UP, 51, key(), NOW);

        assertThat(refused.reason()).isEqualTo(RefundOutcome.Reason.EXCEEDS_UNCONSUMED);
        assertThat(refused.refundable()).isEqualTo(50);
        assertThat(account.holdRefund(TOP_UP, 50, key(), NOW)).isInstanceOf(RefundOutcome.Held.class);
    }

    @Test
    void credits_being_refunded_cannot_be_spent() {
        var account = toppedUp();
        account.holdRefund(TOP_UP, 60, key(), NOW);

        assertThat(account.balance()).isEqualTo(new Balance(40, 0, 60));
        var refused = (ReservationOutcome.Refused) account.reserve(reservation("res_1"), 41, FIVE_MINUTES, key(), NOW);
        assertThat(refused.available()).isEqualTo(40);
    }

    @Test
    void a_completed_refund_pays_back_the_price_pro_rata() {
        var account = toppedUp();
        account.spend(25, key(), NOW);
        var held = (RefundOutcome.Held) account.holdRefund(TOP_UP, 75, key(), NOW);

        var refunded = (RefundOutcome.Refunded) account.completeRefund(TOP_UP, key(), NOW);

        assertThat(held.value()).isEqualTo(Money.of(7_500, "KRW"));
        assertThat(refunded.value()).isEqualTo(Money.of(7_500, "KRW"));
        assertThat(refunded.after()).isEqualTo(Balance.EMPTY);
        assertThat(account.totals().refunded()).isEqualTo(75);
    }

    @Test
    void refunding_in_parts_pays_back_what_refunding_at_once_would() {
        var account = emptyAccount();
        account.grant(paidFor("top-up", 3, Money.of(100, "KRW")), NOW);
        long paidBack = 0;
        for (int part = 0; part < 3; part++) {
            account.holdRefund(TOP_UP, 1, key(), NOW);
            paidBack += ((RefundOutcome.Refunded) account.completeRefund(TOP_UP, key(), NOW)).value().minorUnits();
        }

        assertThat(paidBack).isEqualTo(100);
    }

    @Test
    void a_cancelled_refund_makes_the_credits_available_again() {
        var account = toppedUp();
        account.holdRefund(TOP_UP, 60, key(), NOW);

        var cancelled = (RefundOutcome.Cancelled) account.cancelRefund(TOP_UP, key(), NOW);

        assertThat(cancelled.after()).isEqualTo(new Balance(100, 0, 0));
    }

    @Test
    void one_refund_of_a_top_up_at_a_time() {
        var account = toppedUp();
        account.holdRefund(TOP_UP, 10, key(), NOW);

        var second = (RefundOutcome.Refused) account.holdRefund(TOP_UP, 10, key(), NOW);

        assertThat(second.reason()).isEqualTo(RefundOutcome.Reason.REFUND_IN_PROGRESS);
    }

    @Test
    void a_refund_completes_once() {
        var account = toppedUp();
        account.holdRefund(TOP_UP, 10, key(), NOW);
        account.completeRefund(TOP_UP, key(), NOW);

        var again = (RefundOutcome.Refused) account.completeRefund(TOP_UP, key(), NOW);

        assertThat(again.reason()).isEqualTo(RefundOutcome.Reason.NO_REFUND_PENDING);
        assertThat(account.totals().refunded()).isEqualTo(10);
    }

    @Test
    void free_grants_cannot_be_refunded() {
        var account = emptyAccount();
        account.grant(free("promo", 10, null), NOW);

        var refused = (RefundOutcome.Refused) account.holdRefund(grant("promo"), 1, key(), NOW);

        assertThat(refused.reason()).isEqualTo(RefundOutcome.Reason.NOT_A_PAID_GRANT);
    }

    @Test
    void expired_paid_credits_are_breakage_not_refundable() {
        var account = emptyAccount();
        account.grant(CreditFixture.paid("top-up", 10, 1, minutesLater(10)), NOW);

        assertThat(account.refundable(TOP_UP, minutesLater(10))).isZero();
        assertThat(account.holdRefund(TOP_UP, 1, key(), minutesLater(10))).isInstanceOf(RefundOutcome.Refused.class);
    }
}
