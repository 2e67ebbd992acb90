package com.fluxpay.credit.domain;

import static com.fluxpay.credit.domain.CreditFixture.FIVE_MINUTES;
import static com.fluxpay.credit.domain.CreditFixture.NOW;
import static com.fluxpay.credit.domain.CreditFixture.accountWith;
import static com.fluxpay.credit.domain.CreditFixture.key;
import static com.fluxpay.credit.domain.CreditFixture.minutesLater;
import static com.fluxpay.credit.domain.CreditFixture.reservation;
import static com.fluxpay.credit.domain.CreditFixture.reserved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class ReservingCreditsTest {

    @Test
    void a_reservation_larger_than_the_available_balance_is_refused() {
        var account = accountWith(100);

        var outcome = account.reserve(reservation("res_1"), 101, FIVE_MINUTES, key(), NOW);

        assertThat(outcome).isEqualTo(new ReservationOutcome.Refused(reservation("res_1"),
                ReservationOutcome.Reason.INSUFFICIENT_BALANCE, 100, 101));
        assertThat(account.balance()).isEqualTo(new Balance(100, 0, 0));
    }

    @Test
    void a_reservation_holds_credits_so_they_are_no_longer_available() {
        var account = accountWith(100);

        var outcome = reserved(account, "res_1", 30, NOW);

        assertThat(outcome.before()).isEqualTo(new Balance(100, 0, 0));
        assertThat(outcome.after()).isEqualTo(new Balance(70, 30, 0));
        assertThat(account.reserve(reservation("res_2"), 71, FIVE_MINUTES, key(), NOW))
                .isInstanceOf(ReservationOutcome.Refused.class);
    }

    @Test
    void a_reservation_id_is_used_once() {
        var account = accountWith(100);
        reserved(account, "res_1", 10, NOW);

        var again = (ReservationOutcome.Refused) account.reserve(reservation("res_1"), 10, FIVE_MINUTES, key(), NOW);

        assertThat(again.reason()).isEqualTo(ReservationOutcome.Reason.DUPLICATE_RESERVATION);
        assertThat(account.balance().reserved()).isEqualTo(10);
    }

    @Test
    void consuming_all_of_a_reservation_releases_nothing() {
        var account = accountWith(100);
        reserved(account, "res_1", 30, NOW);

        var consumed = (ConsumeOutcome.Consumed) account.consume(reservation("res_1"), 30, key(), NOW);

        assertThat(consumed.movements()).extracting(Movement::kind).containsExactly(MovementKind.CONSUMED);
        assertThat(consumed.after()).isEqualTo(new Balance(70, 0, 0));
    }

    @Test
    void consuming_less_than_reserved_releases_the_rest_in_the_same_step() {
        var account = accountWith(100);
        reserved(account, "res_1", 30, NOW);

        var consumed = (ConsumeOutcome.Consumed) account.consume(reservation("res_1"), 12, key(), NOW);

        assertThat(consumed.movements()).extracting(Movement::kind, Movement::quantity)
                .containsExactly(tuple(MovementKind.CONSUMED, 12L),
                        tuple(MovementKind.RELEASED, 18L));
        assertThat(consumed.after()).isEqualTo(new Balance(88, 0, 0));
        assertThat(consumed.reservation().status()).isEqualTo(ReservationStatus.CONSUMED);
        assertThat(consumed.reservation().consumed()).isEqualTo(12);
    }

    @Test
    void consuming_more_than_reserved_is_refused() {
        var account = accountWith(100);
        reserved(account, "res_1", 30, NOW);

        var refused = (ConsumeOutcome.Refused) account.consume(reservation("res_1"), 31, key(), NOW);

        assertThat(refused.reason()).isEqualTo(ConsumeOutcome.Reason.EXCEEDS_RESERVATION);
        assertThat(refused.reserved()).isEqualTo(30);
        assertThat(account.balance()).isEqualTo(new Balance(70, 30, 0));
    }

    @Test
    void a_reservation_is_consumed_once() {
        var account = accountWith(100);
        reserved(account, "res_1", 30, NOW);
        account.consume(reservation("res_1"), 30, key(), NOW);

        var again = (ConsumeOutcome.Refused) account.consume(reservation("res_1"), 30, key(), NOW);

        assertThat(again.reason()).isEqualTo(ConsumeOutcome.Reason.ALREADY_CONSUMED);
        assertThat(account.balance().available()).isEqualTo(70);
    }

    @Test
    void an_expired_reservation_no_longer_counts_as_reserved() {
        var account = accountWith(100);
        reserved(account, "res_1", 30, NOW);

        assertThat(account.balanceAt(minutesLater(4))).isEqualTo(new Balance(70, 30, 0));
        assertThat(account.balanceAt(NOW.plus(FIVE_MINUTES))).isEqualTo(new Balance(100, 0, 0));
        assertThat(account.balance()).as("reading books nothing").isEqualTo(new Balance(70, 30, 0));
    }

    @Test
    void consuming_a_reservation_after_its_time_out_is_refused_as_expired() {
        var account = accountWith(100);
        reserved(account, "res_1", 30, NOW);

        var refused = (ConsumeOutcome.Refused) account.consume(reservation("res_1"), 30, key(), NOW.plus(FIVE_MINUTES));

        assertThat(refused.reason()).isEqualTo(ConsumeOutcome.Reason.RESERVATION_EXPIRED);
        assertThat(account.balance()).isEqualTo(new Balance(100, 0, 0));
        assertThat(account.newMovements()).extracting(Movement::kind).containsExactly(MovementKind.GRANTED,
                MovementKind.RESERVED, MovementKind.RELEASED);
    }

    @Test
    void a_time_out_is_booked_at_its_own_instant_whenever_it_is_noticed() {
        var account = accountWith(100);
        reserved(account, "res_1", 30, NOW);

        var settled = account.settle(minutesLater(60));

        var release = settled.movements().getFirst();
        assertThat(release.kind()).isEqualTo(MovementKind.RELEASED);
        assertThat(release.at()).isEqualTo(NOW.plus(FIVE_MINUTES));
        assertThat(release.idempotencyKey()).isEqualTo("timeout:res_1");
        assertThat(account.reservation(reservation("res_1")).orElseThrow().status())
                .isEqualTo(ReservationStatus.EXPIRED);
    }

    @Test
    void releasing_a_reservation_makes_its_credits_available_again() {
        var account = accountWith(100);
        reserved(account, "res_1", 30, NOW);

        var released = (ReleaseOutcome.Released) account.release(reservation("res_1"), key(), NOW);

        assertThat(released.after()).isEqualTo(new Balance(100, 0, 0));
    }

    @Test
    void releasing_a_consumed_reservation_changes_nothing() {
        var account = accountWith(100);
        reserved(account, "res_1", 30, NOW);
        account.consume(reservation("res_1"), 10, key(), NOW);

        var outcome = account.release(reservation("res_1"), key(), NOW);

        assertThat(outcome).isEqualTo(new ReleaseOutcome.AlreadyResolved(reservation("res_1"),
                ReservationStatus.CONSUMED));
        assertThat(account.balance()).isEqualTo(new Balance(90, 0, 0));
    }

    @Test
    void releasing_twice_returns_the_credits_once() {
        var account = accountWith(100);
        reserved(account, "res_1", 30, NOW);
        account.release(reservation("res_1"), key(), NOW);

        assertThat(account.release(reservation("res_1"), key(), NOW))
                .isEqualTo(new ReleaseOutcome.AlreadyResolved(reservation("res_1"), ReservationStatus.RELEASED));
        assertThat(account.balance()).isEqualTo(new Balance(100, 0, 0));
    }

    @Test
    void releasing_an_unknown_reservation_says_so() {
        assertThat(accountWith(100).release(reservation("res_x"), key(), NOW))
                .isEqualTo(new ReleaseOutcome.NotFound(reservation("res_x")));
    }

    @Test
    void spending_without_a_reservation_takes_all_or_nothing() {
        var account = accountWith(100);

        assertThat(account.spend(101, key(), NOW)).isEqualTo(new SpendOutcome.Refused(100, 101));
        var spent = (SpendOutcome.Spent) account.spend(40, key(), NOW);

        assertThat(spent.after()).isEqualTo(new Balance(60, 0, 0));
    }

    @Test
    void a_negative_quantity_is_a_bug_in_the_caller_not_a_refusal() {
        var account = accountWith(100);

        assertThatThrownBy(() -> account.reserve(reservation("res_1"), -1, FIVE_MINUTES, key(), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> account.consume(reservation("res_1"), -1, key(), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
