package com.fluxpay.credit.domain;

import static com.fluxpay.credit.domain.CreditFixture.NOW;
import static com.fluxpay.credit.domain.CreditFixture.accountWith;
import static com.fluxpay.credit.domain.CreditFixture.key;
import static com.fluxpay.credit.domain.CreditFixture.minutesLater;
import static com.fluxpay.credit.domain.CreditFixture.paid;
import static com.fluxpay.credit.domain.CreditFixture.reservation;
import static com.fluxpay.credit.domain.CreditFixture.reserved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MovementsTest {

    @Test
    void every_movement_reports_the_balance_before_and_after_and_follows_the_previous_one() {
        var account = accountWith(100);
        reserved(account, "res_1", 30, NOW);
        account.consume(reservation("res_1"), 10, key(), NOW);
        account.spend(5, key(), NOW);

        var movements = account.newMovements();

        assertThat(movements).extracting(Movement::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
        for (int i = 1; i < movements.size(); i++) {
            assertThat(movements.get(i).before()).isEqualTo(movements.get(i - 1).after());
        }
        assertThat(movements.getLast().after()).isEqualTo(new Balance(85, 0, 0));
    }

    @Test
    void a_movement_that_drops_available_below_the_threshold_reports_it_once_per_crossing() {
        var account = accountWith(100);
        account.watchLowBalance(50);

        assertThat(((SpendOutcome.Spent) account.spend(40, key(), NOW)).crossedLow()).isEmpty();
        assertThat(((SpendOutcome.Spent) account.spend(20, key(), NOW)).crossedLow())
                .contains(new BalanceCrossedLow(50, 40));
        assertThat(((SpendOutcome.Spent) account.spend(10, key(), NOW)).crossedLow()).as("still below").isEmpty();

        account.grant(paid("second", 100), NOW);
        assertThat(((SpendOutcome.Spent) account.spend(90, key(), NOW)).crossedLow())
                .as("back above, then below again").contains(new BalanceCrossedLow(50, 40));
    }

    @Test
    void a_reservation_counts_towards_a_low_balance() {
        var account = accountWith(100);
        account.watchLowBalance(50);

        assertThat(reserved(account, "res_1", 60, NOW).crossedLow()).contains(new BalanceCrossedLow(50, 40));
    }

    @Test
    void an_account_already_below_its_threshold_when_watched_has_not_crossed_it() {
        var account = accountWith(10);
        account.watchLowBalance(50);

        assertThat(((SpendOutcome.Spent) account.spend(5, key(), NOW)).crossedLow()).isEmpty();
    }

    @Test
    void an_account_restored_from_its_snapshot_is_the_same_account() {
        var account = accountWith(100);
        reserved(account, "res_1", 30, NOW);

        var restored = CreditAccount.restore(account.snapshot());

        assertThat(restored.snapshot()).isEqualTo(account.snapshot());
        assertThat(restored.newMovements()).isEmpty();
        assertThat(restored.balanceAt(minutesLater(10))).isEqualTo(new Balance(100, 0, 0));
    }

    @Test
    void a_snapshot_whose_holds_disagree_with_its_reservations_is_refused() {
        var snapshot = accountWith(100).snapshot();
        var grant = snapshot.grants().getFirst();
        var broken = new CreditAccount.Snapshot(snapshot.id(), snapshot.order(), OptionalLong.empty(), false,
                snapshot.sequence(), List.of(new Grant(grant.id(), grant.funding(), grant.priority(), grant.grantedAt(),
                null, grant.sequence(), grant.quantity(), 5, 0, 0, 0, 0)), List.of());

        assertThatThrownBy(() -> CreditAccount.restore(broken)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_grant_cannot_place_more_credits_than_it_granted() {
        assertThatThrownBy(() -> new Grant(new GrantId("g"), new Funding.Free("promo"), 1, NOW, null, 1, 10, 6, 0, 5,
                0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
