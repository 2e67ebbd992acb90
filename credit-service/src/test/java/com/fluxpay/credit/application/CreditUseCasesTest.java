package com.fluxpay.credit.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.credit.domain.CreditAccountId;
import com.fluxpay.credit.domain.CreditUnit;
import com.fluxpay.credit.domain.DrawDownOrder;
import com.fluxpay.credit.domain.Funding;
import com.fluxpay.credit.domain.GrantId;
import com.fluxpay.credit.domain.Money;
import com.fluxpay.credit.domain.Movement;
import com.fluxpay.credit.domain.MovementKind;
import com.fluxpay.credit.domain.NewGrant;
import com.fluxpay.credit.domain.ReservationId;
import com.fluxpay.credit.domain.ReservationOutcome;
import com.fluxpay.platform.transactions.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CreditUseCasesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final CreditAccountId ACCOUNT = new CreditAccountId("tenant-a", "cus_1", new CreditUnit("credits"));

    private final InMemoryCreditAccounts accounts = new InMemoryCreditAccounts();
    private final List<Movement> published = new ArrayList<>();
    private final Transactions transactions = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
    private final ChangingCreditAccount changing = new ChangingCreditAccount(accounts,
            account -> DrawDownOrder.DEFAULT, (account, movements) -> published.addAll(movements), transactions);

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private void topUp(long credits, Optional<Instant> expiresAt) {
        new GrantingCredits(changing, at(NOW)).grant(ACCOUNT, new NewGrant(new GrantId("top-up"),
                new Funding.Paid(Money.of(credits, "KRW"), "pay_1"), credits, 1, expiresAt, "grant-1"));
    }

    private static ReserveCreditsCommand reserve(String id, long credits) {
        return new ReserveCreditsCommand(ACCOUNT, new ReservationId(id), credits, Duration.ofMinutes(5), "key-" + id);
    }

    @Test
    void a_refused_reservation_on_an_account_never_credited_stores_nothing() {
        var outcome = new ReservingCredits(changing, at(NOW)).reserve(reserve("res_1", 10));

        assertThat(outcome).isInstanceOf(ReservationOutcome.Refused.class);
        assertThat(accounts.rows).isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    void what_a_change_booked_is_stored_and_published() {
        topUp(100, Optional.empty());

        new ReservingCredits(changing, at(NOW)).reserve(reserve("res_1", 30));

        assertThat(accounts.movements).extracting(Movement::kind).containsExactly(MovementKind.GRANTED,
                MovementKind.RESERVED);
        assertThat(published).isEqualTo(accounts.movements);
    }

    @Test
    void time_outs_settled_before_a_refusal_are_still_stored_and_published() {
        topUp(100, Optional.empty());
        new ReservingCredits(changing, at(NOW)).reserve(reserve("res_1", 100));

        var later = new ReservingCredits(changing, at(NOW.plus(Duration.ofMinutes(10))));
        var outcome = later.reserve(reserve("res_2", 101));

        assertThat(outcome).isInstanceOf(ReservationOutcome.Refused.class);
        assertThat(published).extracting(Movement::kind).endsWith(MovementKind.RELEASED);
        assertThat(accounts.movements).isEqualTo(published);
    }

    @Test
    void the_sweeper_books_the_expiries_that_fell_due() {
        topUp(100, Optional.of(NOW.plus(Duration.ofHours(1))));

        var settled = new SettlingDueCredits(accounts, changing, at(NOW.plus(Duration.ofHours(2)))).settleDue(10);

        assertThat(settled).singleElement().satisfies(one -> assertThat(one.movements())
                .extracting(Movement::kind).containsExactly(MovementKind.EXPIRED));
        assertThat(accounts.dueBy(NOW.plus(Duration.ofHours(2)), 10)).isEmpty();
    }
}
