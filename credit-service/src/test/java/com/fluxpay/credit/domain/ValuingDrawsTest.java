package com.fluxpay.credit.domain;

import static com.fluxpay.credit.domain.CreditFixture.NOW;
import static com.fluxpay.credit.domain.CreditFixture.emptyAccount;
import static com.fluxpay.credit.domain.CreditFixture.free;
import static com.fluxpay.credit.domain.CreditFixture.grant;
import static com.fluxpay.credit.domain.CreditFixture.key;
import static com.fluxpay.credit.domain.CreditFixture.minutesLater;
import static com.fluxpay.credit.domain.CreditFixture.paid;
import static com.fluxpay.credit.domain.CreditFixture.paidFor;
import static com.fluxpay.credit.domain.CreditFixture.reservation;
import static com.fluxpay.credit.domain.CreditFixture.reserved;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The money each movement takes out of the grants it draws from. */
class ValuingDrawsTest {

    private static Movement lastMovementOf(Booked booked) {
        return booked.movements().getLast();
    }

    @Test
    void three_credits_bought_for_100_won_and_used_one_by_one_earn_33_33_and_34() {
        var account = emptyAccount();
        account.grant(paidFor("top-up", 3, Money.of(100, "KRW")), NOW);

        long[] earned = new long[3];
        for (int i = 0; i < 3; i++) {
            earned[i] = lastMovementOf((SpendOutcome.Spent) account.spend(1, key(), NOW)).draws().getFirst().amount();
        }

        assertThat(earned).containsExactly(33, 33, 34);
    }

    @Test
    void a_usage_drawing_from_two_grants_states_each_grants_share_and_free_credits_at_no_value() {
        var account = emptyAccount();
        account.grant(free("promo", 10, 1, null), NOW);
        account.grant(paidFor("top-up", 100, Money.of(15_000, "KRW")), NOW);
        reserved(account, "res_1", 30, NOW);

        var consumed = (ConsumeOutcome.Consumed) account.consume(reservation("res_1"), 30, key(), NOW);

        assertThat(lastMovementOf(consumed).draws()).containsExactly(
                new Draw(new Allocation(grant("promo"), GrantCategory.FREE, 10), Optional.empty()),
                new Draw(new Allocation(grant("top-up"), GrantCategory.PAID, 20), Optional.of(Money.of(3_000, "KRW"))));
    }

    @Test
    void the_expiry_of_a_partly_used_top_up_books_the_rest_of_its_price() {
        var account = emptyAccount();
        account.grant(paid("top-up", 7, 1, minutesLater(10)), NOW);
        account.spend(2, key(), NOW);

        var settled = account.settle(minutesLater(10));

        var expiry = settled.movements().getLast();
        assertThat(expiry.kind()).isEqualTo(MovementKind.EXPIRED);
        assertThat(expiry.draws()).singleElement().satisfies(draw -> assertThat(draw.amount()).isEqualTo(5));
    }

    @Test
    void reservations_and_releases_take_nothing_out_of_a_grant_and_state_no_draws() {
        var account = emptyAccount();
        account.grant(paid("top-up", 50), NOW);
        var reservedNow = reserved(account, "res_1", 30, NOW);
        var released = (ReleaseOutcome.Released) account.release(reservation("res_1"), key(), NOW);

        assertThat(lastMovementOf(reservedNow).draws()).isEmpty();
        assertThat(lastMovementOf(released).draws()).isEmpty();
    }
}
