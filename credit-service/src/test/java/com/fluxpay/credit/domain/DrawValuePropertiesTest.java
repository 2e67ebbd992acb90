package com.fluxpay.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The money value of credits leaving their grants: random histories of spends, consumed and released reservations,
 * refunds (completed and cancelled) and expiries over paid and free grants, each played until every grant is used
 * up. The values drawn from a paid grant then add up to exactly its price, each draw is its pro-rata share give or
 * take one minor unit, and free credits are worth nothing.
 */
class DrawValuePropertiesTest {

    private static final Instant START = Instant.parse("2026-11-21T10:00:00Z");
    private static final Instant AFTER_EVERY_EXPIRY = START.plus(Duration.ofDays(2));

    sealed interface Step {
    }

    record Spend(int quantity) implements Step {
    }

    /** Reserve {@code quantity}, then consume {@code percent} of it (the rest is released). */
    record ReserveAndConsume(int quantity, int percent) implements Step {
    }

    record Refund(int grant, int quantity, boolean complete) implements Step {
    }

    record Advance(int minutes) implements Step {
    }

    record Reload() implements Step {
    }

    /** A grant: price null for a free one. */
    record GrantSpec(int quantity, Long price, int expiresInMinutes) {
    }

    @Provide
    Arbitrary<List<GrantSpec>> grantSpecs() {
        Arbitrary<Long> prices = Arbitraries.oneOf(Arbitraries.longs().between(0, 1_000),
                Arbitraries.longs().between(1, 1_000_000_000_000L)).injectNull(0.25);
        return Combinators.combine(Arbitraries.integers().between(1, 300), prices,
                Arbitraries.integers().between(1, 600)).as(GrantSpec::new).list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Step> step = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 120).map(Spend::new),
                Combinators.combine(Arbitraries.integers().between(1, 120), Arbitraries.integers().between(0, 100))
                        .as(ReserveAndConsume::new),
                Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(1, 150),
                        Arbitraries.of(true, false)).as(Refund::new),
                Arbitraries.integers().between(0, 90).map(Advance::new),
                Arbitraries.just(new Reload()));
        return step.list().ofMaxSize(40);
    }

    @Property(tries = 1000)
    void the_draws_of_a_used_up_grant_add_up_to_its_price(@ForAll("grantSpecs") List<GrantSpec> specs,
                                                          @ForAll("histories") List<Step> history) {
        var run = new Run(specs);
        history.forEach(run::play);
        run.useUp();

        for (Grant grant : run.account.grants()) {
            assertThat(grant.remaining()).as("played until used up").isZero();
            var draws = run.drawsOf(grant.id());
            assertThat(draws.stream().mapToLong(Draw::quantity).sum()).as("every credit drawn once")
                    .isEqualTo(grant.quantity());
            long price = grant.funding() instanceof Funding.Paid paid ? paid.price().minorUnits() : 0;
            assertThat(draws.stream().mapToLong(Draw::amount).sum())
                    .as("the draws of %s add up to its price", grant.id()).isEqualTo(price);
            for (Draw draw : draws) {
                long share = floorShare(price, draw.quantity(), grant.quantity());
                assertThat(draw.amount()).as("a draw is its pro-rata share, rounded either way")
                        .isBetween(share, share + 1);
                assertThat(draw.value().isPresent()).isEqualTo(grant.category() == GrantCategory.PAID);
            }
        }
    }

    @Property(tries = 200)
    void consuming_a_grant_one_credit_at_a_time_earns_its_price(@ForAll @IntRange(min = 1, max = 400) int quantity,
                                                                @ForAll @LongRange(min = 0, max = 100_000) long price) {
        var account = CreditAccount.open(CreditFixture.ACCOUNT, DrawDownOrder.DEFAULT);
        account.grant(new NewGrant(new GrantId("top-up"), new Funding.Paid(Money.of(price, "KRW"), "pay_1"), quantity,
                1, Optional.empty(), "grant"), START);
        long earned = 0;
        for (int i = 0; i < quantity; i++) {
            var spent = (SpendOutcome.Spent) account.spend(1, "spend-" + i, START);
            earned += spent.movements().getLast().draws().getFirst().amount();
        }
        assertThat(earned).isEqualTo(price);
    }

    private static long floorShare(long price, long credits, long quantity) {
        return BigInteger.valueOf(price).multiply(BigInteger.valueOf(credits)).divide(BigInteger.valueOf(quantity))
                .longValueExact();
    }

    private static final class Run {

        private CreditAccount account = CreditAccount.open(CreditFixture.ACCOUNT, DrawDownOrder.DEFAULT);
        private final List<GrantId> grants = new ArrayList<>();
        private final List<Movement> movements = new ArrayList<>();
        private final Map<GrantId, Money> pendingRefunds = new HashMap<>();
        private Instant now = START;
        private int keys;

        Run(List<GrantSpec> specs) {
            for (GrantSpec spec : specs) {
                var id = new GrantId("g" + grants.size());
                Funding funding = spec.price() == null ? new Funding.Free("promo")
                        : new Funding.Paid(Money.of(spec.price(), "KRW"), "pay_" + id.value());
                account.grant(new NewGrant(id, funding, spec.quantity(), 1,
                        Optional.of(START.plus(Duration.ofMinutes(spec.expiresInMinutes()))), key()), now);
                grants.add(id);
            }
        }

        void play(Step step) {
            switch (step) {
                case Spend spend -> account.spend(spend.quantity(), key(), now);
                case ReserveAndConsume use -> {
                    var id = new ReservationId("r" + keys);
                    if (account.reserve(id, use.quantity(), Duration.ofMinutes(30), key(), now)
                            instanceof ReservationOutcome.Reserved) {
                        account.consume(id, use.quantity() * (long) use.percent() / 100, key(), now);
                    }
                }
                case Refund refund -> refund(grants.get(refund.grant() % grants.size()), refund);
                case Advance advance -> now = now.plus(Duration.ofMinutes(advance.minutes()));
                case Reload reload -> {
                    movements.addAll(account.newMovements());
                    account = CreditAccount.restore(account.snapshot());
                }
            }
        }

        private void refund(GrantId grant, Refund refund) {
            if (account.holdRefund(grant, refund.quantity(), key(), now) instanceof RefundOutcome.Held held) {
                pendingRefunds.put(grant, held.value());
            }
            resolve(grant, refund.complete());
        }

        private void resolve(GrantId grant, boolean complete) {
            if (!pendingRefunds.containsKey(grant)) {
                return;
            }
            if (complete) {
                var refunded = (RefundOutcome.Refunded) account.completeRefund(grant, key(), now);
                assertThat(refunded.value()).as("a refund books the value its hold stated")
                        .isEqualTo(pendingRefunds.get(grant));
                assertThat(refunded.movements().getLast().draws()).singleElement()
                        .satisfies(draw -> assertThat(draw.value()).contains(refunded.value()));
            } else {
                account.cancelRefund(grant, key(), now);
            }
            pendingRefunds.remove(grant);
        }

        /** Whatever is left expires: every grant has an expiry, and the clock passes all of them. */
        void useUp() {
            List.copyOf(pendingRefunds.keySet()).forEach(grant -> resolve(grant, keys % 2 == 0));
            now = AFTER_EVERY_EXPIRY;
            account.settle(now);
            movements.addAll(account.newMovements());
        }

        List<Draw> drawsOf(GrantId grant) {
            return movements.stream().flatMap(m -> m.draws().stream()).filter(d -> d.grant().equals(grant)).toList();
        }

        private String key() {
            return "key-" + (++keys);
        }
    }
}
