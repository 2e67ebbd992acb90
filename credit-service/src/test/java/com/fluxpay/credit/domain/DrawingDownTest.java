package com.fluxpay.credit.domain;

import static com.fluxpay.credit.domain.CreditFixture.NOW;
import static com.fluxpay.credit.domain.CreditFixture.emptyAccount;
import static com.fluxpay.credit.domain.CreditFixture.free;
import static com.fluxpay.credit.domain.CreditFixture.grant;
import static com.fluxpay.credit.domain.CreditFixture.key;
import static com.fluxpay.credit.domain.CreditFixture.minutesLater;
import static com.fluxpay.credit.domain.CreditFixture.paid;
import static com.fluxpay.credit.domain.CreditFixture.reserved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DrawingDownTest {

    @Test
    void credits_are_drawn_by_priority_first() {
        var account = emptyAccount();
        account.grant(paid("low-priority", 10, 2, null), NOW);
        account.grant(paid("high-priority", 10, 1, null), NOW);

        var reservation = reserved(account, "res_1", 15, NOW).reservation();

        assertThat(reservation.holds()).containsExactly(new Allocation(grant("high-priority"), GrantCategory.PAID, 10),
                new Allocation(grant("low-priority"), GrantCategory.PAID, 5));
    }

    @Test
    void among_equal_priorities_the_earliest_expiry_goes_first_and_no_expiry_last() {
        var account = emptyAccount();
        account.grant(paid("never", 10), NOW);
        account.grant(free("later", 10, minutesLater(60)), NOW);
        account.grant(free("sooner", 10, minutesLater(30)), NOW);

        var holds = reserved(account, "res_1", 25, NOW).reservation().holds();

        assertThat(holds).extracting(Allocation::grant).containsExactly(grant("sooner"), grant("later"), grant("never"));
    }

    @Test
    void among_otherwise_equal_grants_the_oldest_goes_first_whatever_its_id() {
        var account = emptyAccount();
        account.grant(paid("b-first", 10), NOW);
        account.grant(paid("a-second", 10), NOW);

        var holds = reserved(account, "res_1", 15, NOW).reservation().holds();

        assertThat(holds).extracting(Allocation::grant).containsExactly(grant("b-first"), grant("a-second"));
    }

    @Test
    void a_consumption_records_which_grants_paid_for_it() {
        var account = emptyAccount();
        account.grant(free("promo", 5, minutesLater(60)), NOW);
        account.grant(paid("top-up", 100), NOW);

        var spent = (SpendOutcome.Spent) account.spend(8, key(), NOW);

        var consumption = spent.movements().getFirst();
        assertThat(consumption.quantityOf(GrantCategory.FREE)).isEqualTo(5);
        assertThat(consumption.quantityOf(GrantCategory.PAID)).isEqualTo(3);
        assertThat(consumption.drawDownOrderVersion()).isEqualTo(1);
        assertThat(account.grant(grant("top-up")).orElseThrow().remaining()).isEqualTo(97);
    }

    @Test
    void a_new_version_of_the_draw_down_order_changes_what_is_drawn_first() {
        var account = emptyAccount();
        account.grant(paid("top-up", 10, 1, null), NOW);
        account.grant(free("promo", 10, 2, null), NOW);
        account.useDrawDownOrder(new DrawDownOrder(2, List.of(DrawKey.FREE_FIRST, DrawKey.PRIORITY)));

        var reservation = reserved(account, "res_1", 5, NOW).reservation();

        assertThat(reservation.holds()).extracting(Allocation::grant).containsExactly(grant("promo"));
        assertThat(reservation.drawDownOrderVersion()).isEqualTo(2);
    }

    @Test
    void a_draw_down_order_version_never_goes_back() {
        var account = emptyAccount();
        account.useDrawDownOrder(new DrawDownOrder(2, List.of(DrawKey.OLDEST)));

        assertThatThrownBy(() -> account.useDrawDownOrder(DrawDownOrder.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_plan_that_falls_short_says_by_how_much() {
        var grants = List.of(Grant.fresh(grant("g"), new Funding.Free("promo"), 1, NOW, null, 1, 10));

        var plan = DrawDown.plan(grants, 12, DrawDownOrder.DEFAULT, NOW);

        assertThat(plan.covered()).isFalse();
        assertThat(plan.drawn()).isEqualTo(10);
    }

    @Test
    void an_expired_grant_offers_nothing_to_a_plan_even_before_its_expiry_is_booked() {
        var grants = List.of(Grant.fresh(grant("g"), new Funding.Free("promo"), 1, NOW, minutesLater(1), 1, 10));

        assertThat(DrawDown.plan(grants, 1, DrawDownOrder.DEFAULT, minutesLater(1)).drawn()).isZero();
    }
}
