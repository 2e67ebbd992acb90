package com.fluxpay.credit.domain;

import static com.fluxpay.credit.domain.CreditFixture.NOW;
import static com.fluxpay.credit.domain.CreditFixture.emptyAccount;
import static com.fluxpay.credit.domain.CreditFixture.free;
import static com.fluxpay.credit.domain.CreditFixture.grant;
import static com.fluxpay.credit.domain.CreditFixture.key;
import static com.fluxpay.credit.domain.CreditFixture.minutesLater;
import static com.fluxpay.credit.domain.CreditFixture.paid;
import static com.fluxpay.credit.domain.CreditFixture.reservation;
import static com.fluxpay.credit.domain.CreditFixture.reserved;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExpiringCreditsTest {

    private static final Instant EXPIRY = minutesLater(60);

    @Test
    void credits_expire_at_the_exact_instant() {
        var account = emptyAccount();
        account.grant(free("promo", 10, EXPIRY), NOW);

        assertThat(account.balanceAt(EXPIRY.minusNanos(1)).available()).isEqualTo(10);
        assertThat(account.balanceAt(EXPIRY).available()).isZero();
    }

    @Test
    void an_expiry_is_booked_at_its_own_instant_when_the_sweeper_comes_later() {
        var account = emptyAccount();
        account.grant(free("promo", 10, EXPIRY), NOW);
        assertThat(account.nextDueAt()).contains(EXPIRY);

        var settled = account.settle(EXPIRY.plus(Duration.ofHours(6)));

        assertThat(settled.movements()).singleElement().satisfies(expiry -> {
            assertThat(expiry.kind()).isEqualTo(MovementKind.EXPIRED);
            assertThat(expiry.at()).isEqualTo(EXPIRY);
            assertThat(expiry.quantity()).isEqualTo(10);
        });
        assertThat(settled.nextDueAt()).isEmpty();
    }

    @Test
    void free_credits_expire_as_promotional_breakage_and_paid_ones_as_paid_breakage() {
        var account = emptyAccount();
        account.grant(free("promo", 10, EXPIRY), NOW);
        account.grant(paid("top-up", 20, 10, EXPIRY), NOW);
        account.spend(4, key(), NOW);

        var settled = account.settle(EXPIRY);

        assertThat(settled.movements()).extracting(movement -> movement.quantityOf(GrantCategory.FREE))
                .containsExactlyInAnyOrder(6L, 0L);
        var totals = account.totals();
        assertThat(totals.expiredFree()).isEqualTo(6);
        assertThat(totals.expiredPaid()).isEqualTo(20);
    }

    @Test
    void a_usage_after_the_expiry_cannot_spend_the_expired_credits() {
        var account = emptyAccount();
        account.grant(free("promo", 10, EXPIRY), NOW);

        var outcome = account.spend(1, key(), EXPIRY);

        assertThat(outcome).isEqualTo(new SpendOutcome.Refused(0, 1));
        assertThat(account.newMovements()).extracting(Movement::kind)
                .containsExactly(MovementKind.GRANTED, MovementKind.EXPIRED);
    }

    @Test
    void credits_held_by_a_reservation_survive_their_grants_expiry_until_it_is_resolved() {
        var account = emptyAccount();
        account.grant(free("promo", 10, minutesLater(2)), NOW);
        reserved(account, "res_1", 4, NOW);

        var consumed = (ConsumeOutcome.Consumed) account.consume(reservation("res_1"), 4, key(), minutesLater(3));

        assertThat(consumed.movements()).extracting(Movement::kind)
                .containsExactly(MovementKind.EXPIRED, MovementKind.CONSUMED);
        assertThat(account.totals().consumed()).isEqualTo(4);
        assertThat(account.totals().expiredFree()).isEqualTo(6);
    }

    @Test
    void credits_released_back_to_an_expired_grant_expire_in_the_same_step() {
        var account = emptyAccount();
        account.grant(free("promo", 10, minutesLater(2)), NOW);
        reserved(account, "res_1", 4, NOW);

        var consumed = (ConsumeOutcome.Consumed) account.consume(reservation("res_1"), 1, key(), minutesLater(3));

        assertThat(consumed.movements()).extracting(Movement::kind).containsExactly(MovementKind.EXPIRED,
                MovementKind.CONSUMED, MovementKind.RELEASED, MovementKind.EXPIRED);
        assertThat(consumed.after()).isEqualTo(Balance.EMPTY);
        assertThat(account.grant(grant("promo")).orElseThrow().expired()).isEqualTo(9);
    }

    @Test
    void a_grant_that_expires_before_it_arrives_is_refused() {
        var outcome = emptyAccount().grant(free("promo", 10, NOW), NOW);

        assertThat(outcome).isEqualTo(new GrantOutcome.Refused(grant("promo"), GrantOutcome.Reason.ALREADY_EXPIRED));
    }
}
