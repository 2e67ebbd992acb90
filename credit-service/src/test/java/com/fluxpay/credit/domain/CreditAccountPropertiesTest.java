package com.fluxpay.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Random histories of grants, reservations, consumes, releases, spends, refunds, reloads and clock advances,
 * with the account's invariants checked after every step.
 */
class CreditAccountPropertiesTest {

    private static final Instant START = Instant.parse("2026-11-21T10:00:00Z");
    private static final List<DrawDownOrder> ORDERS = List.of(DrawDownOrder.DEFAULT,
            new DrawDownOrder(1, List.of(DrawKey.FREE_FIRST, DrawKey.EXPIRY)),
            new DrawDownOrder(1, List.of(DrawKey.PAID_FIRST, DrawKey.OLDEST, DrawKey.PRIORITY)),
            new DrawDownOrder(1, List.of()));

    sealed interface Step {
    }

    record AddGrant(boolean paid, int quantity, int priority, Optional<Integer> expiresInMinutes) implements Step {
    }

    record Reserve(int quantity, int timeoutMinutes) implements Step {
    }

    /** {@code percent} of the reservation's quantity; above 100 asks for too much. */
    record Consume(int reservation, int percent) implements Step {
    }

    record Release(int reservation) implements Step {
    }

    record Spend(int quantity) implements Step {
    }

    record HoldRefund(int grant, int percent) implements Step {
    }

    record ResolveRefund(int grant, boolean complete) implements Step {
    }

    record Advance(int minutes) implements Step {
    }

    /** The persistence round trip: the account is stored and loaded again between two commands. */
    record Reload() implements Step {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 20);
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                weight(2, Combinators.combine(Arbitraries.of(true, false),
                        Arbitraries.integers().between(1, 200), Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(1, 120).optional(0.6)).as(AddGrant::new)),
                weight(4, Combinators.combine(Arbitraries.integers().between(1, 150),
                        Arbitraries.integers().between(1, 30)).as(Reserve::new)),
                weight(4, Combinators.combine(index, Arbitraries.integers().between(0, 120))
                        .as(Consume::new)),
                weight(2, index.map(Release::new)),
                weight(2, Arbitraries.integers().between(1, 100).map(Spend::new)),
                weight(2, Combinators.combine(index, Arbitraries.integers().between(1, 120))
                        .as(HoldRefund::new)),
                weight(3, Combinators.combine(index, Arbitraries.of(true, false))
                        .as(ResolveRefund::new)),
                weight(3, Arbitraries.integers().between(0, 40).map(Advance::new)),
                weight(1, Arbitraries.just(new Reload())));
        return step.list().ofMinSize(10).ofMaxSize(60);
    }

    private static Tuple2<Integer, Arbitrary<? extends Step>> weight(int weight, Arbitrary<? extends Step> step) {
        return Tuple.of(weight, step);
    }

    @Property(tries = 1000)
    void every_history_keeps_the_books_whole(@ForAll("histories") List<Step> history,
                                             @ForAll("orders") DrawDownOrder order) {
        var run = new Run(order);
        for (Step step : history) {
            run.play(step);
            run.checkInvariants();
        }
        run.checkMovements();
        run.movements.forEach(movement -> Statistics.label("movements").collect(movement.kind()));
    }

    @Provide
    Arbitrary<DrawDownOrder> orders() {
        return Arbitraries.of(ORDERS);
    }

    /** One history being played, with what the test needs to check it. */
    private static final class Run {

        private final DrawDownOrder order;
        private CreditAccount account;
        private Instant now = START;
        private int counter;
        private final List<GrantId> grants = new ArrayList<>();
        private final List<ReservationId> reservations = new ArrayList<>();
        private final List<Movement> movements = new ArrayList<>();
        private final Map<GrantId, Long> moneyRefunded = new HashMap<>();

        Run(DrawDownOrder order) {
            this.order = order;
            this.account = CreditAccount.open(CreditFixture.ACCOUNT, order);
            account.watchLowBalance(50);
        }

        void play(Step step) {
            switch (step) {
                case AddGrant add -> addGrant(add);
                case Reserve reserve -> reserve(reserve);
                case Consume consume -> pick(reservations, consume.reservation()).ifPresent(id -> consume(id,
                        consume.percent()));
                case Release release -> pick(reservations, release.reservation())
                        .ifPresent(id -> account.release(id, key(), now));
                case Spend spend -> spend(spend);
                case HoldRefund refund -> pick(grants, refund.grant()).ifPresent(id -> holdRefund(id, refund.percent()));
                case ResolveRefund resolve -> pick(grants, resolve.grant()).ifPresent(id -> resolveRefund(id,
                        resolve.complete()));
                case Advance advance -> now = now.plus(Duration.ofMinutes(advance.minutes()));
                case Reload reload -> reload();
            }
        }

        private void addGrant(AddGrant add) {
            var id = new GrantId("g" + (++counter));
            Funding funding = add.paid() ? new Funding.Paid(Money.of(add.quantity() * 7L, "KRW"), "pay_" + id)
                    : new Funding.Free("promo");
            var expiry = add.expiresInMinutes().map(minutes -> now.plus(Duration.ofMinutes(minutes)));
            var outcome = account.grant(new NewGrant(id, funding, add.quantity(), add.priority(), expiry, key()), now);
            assertThat(outcome).isInstanceOf(GrantOutcome.Granted.class);
            grants.add(id);
        }

        private void reserve(Reserve reserve) {
            var id = new ReservationId("r" + (++counter));
            var expected = referencePlan(reserve.quantity());
            var outcome = account.reserve(id, reserve.quantity(), Duration.ofMinutes(reserve.timeoutMinutes()), key(),
                    now);
            assertThat(outcome instanceof ReservationOutcome.Reserved).as("refused only when short")
                    .isEqualTo(expected.isPresent());
            switch (outcome) {
                case ReservationOutcome.Reserved reserved -> {
                    assertThat(reserved.reservation().holds()).as("drawn in the stored order")
                            .isEqualTo(expected.orElseThrow());
                    assertThat(reserved.movements().getLast().drawDownOrderVersion()).isEqualTo(order.version());
                    reservations.add(id);
                }
                case ReservationOutcome.Refused refused -> {
                    assertThat(refused.reason()).isEqualTo(ReservationOutcome.Reason.INSUFFICIENT_BALANCE);
                    assertThat(refused.available()).isLessThan(reserve.quantity())
                            .isEqualTo(account.balance().available());
                }
            }
        }

        private void consume(ReservationId id, int percent) {
            var before = account.reservation(id).orElseThrow();
            long quantity = before.quantity() * percent / 100;
            var outcome = account.consume(id, quantity, key(), now);
            boolean liveAtNow = before.isOpen() && before.holdsAt(now);
            if (liveAtNow && quantity <= before.quantity()) {
                assertThat(outcome).isInstanceOf(ConsumeOutcome.Consumed.class);
            } else {
                assertThat(outcome).isInstanceOf(ConsumeOutcome.Refused.class);
            }
            if (before.isOpen() && !before.holdsAt(now)) {
                assertThat(((ConsumeOutcome.Refused) outcome).reason())
                        .isEqualTo(ConsumeOutcome.Reason.RESERVATION_EXPIRED);
            }
        }

        private void spend(Spend spend) {
            var expected = referencePlan(spend.quantity());
            var outcome = account.spend(spend.quantity(), key(), now);
            assertThat(outcome instanceof SpendOutcome.Spent).as("refused only when short").isEqualTo(expected.isPresent());
            if (outcome instanceof SpendOutcome.Spent spent) {
                assertThat(spent.movements().getLast().allocations()).as("drawn in the stored order")
                        .isEqualTo(expected.orElseThrow());
            }
        }

        private void holdRefund(GrantId id, int percent) {
            long refundable = settledCopy().refundable(id, now);
            long credits = Math.max(1, account.grant(id).orElseThrow().quantity() * percent / 100);
            var outcome = account.holdRefund(id, credits, key(), now);
            assertThat(outcome instanceof RefundOutcome.Held).as("only the unconsumed, unreserved part")
                    .isEqualTo(credits <= refundable);
        }

        private void resolveRefund(GrantId id, boolean complete) {
            var outcome = complete ? account.completeRefund(id, key(), now) : account.cancelRefund(id, key(), now);
            if (outcome instanceof RefundOutcome.Refunded refunded) {
                moneyRefunded.merge(id, refunded.value().minorUnits(), Long::sum);
            }
        }

        private void reload() {
            movements.addAll(account.newMovements());
            account = CreditAccount.restore(account.snapshot());
        }

        /** The draw the spec asks for, computed here independently of DrawDown: a greedy pass in the stored order. */
        private Optional<List<Allocation>> referencePlan(long quantity) {
            var sorted = settledCopy().grants().stream().sorted(referenceOrder()).toList();
            var plan = new ArrayList<Allocation>();
            long left = quantity;
            for (Grant grant : sorted) {
                long available = grant.isExpiredAt(now) ? 0
                        : grant.quantity() - grant.consumed() - grant.expired() - grant.refunded() - grant.reserved()
                        - grant.refundPending();
                long take = Math.min(left, available);
                if (take > 0) {
                    plan.add(new Allocation(grant.id(), grant.category(), take));
                    left -= take;
                }
            }
            return left == 0 ? Optional.of(plan) : Optional.empty();
        }

        private CreditAccount settledCopy() {
            var copy = CreditAccount.restore(account.snapshot());
            copy.settle(now);
            return copy;
        }

        private Comparator<Grant> referenceOrder() {
            Comparator<Grant> comparator = (a, b) -> 0;
            for (DrawKey key : order.keys()) {
                comparator = comparator.thenComparing(switch (key) {
                    case PRIORITY -> Comparator.comparingInt(Grant::priority);
                    case EXPIRY -> Comparator.comparing((Grant grant) -> grant.expiresAt() == null ? Instant.MAX
                            : grant.expiresAt());
                    case FREE_FIRST -> Comparator.comparingInt((Grant grant) -> grant.funding() instanceof Funding.Free
                            ? 0 : 1);
                    case PAID_FIRST -> Comparator.comparingInt((Grant grant) -> grant.funding() instanceof Funding.Paid
                            ? 0 : 1);
                    case OLDEST -> Comparator.comparingLong(Grant::sequence);
                });
            }
            return comparator.thenComparing(grant -> grant.id().value());
        }

        void checkInvariants() {
            var balance = account.balance();
            assertThat(balance.available()).isNotNegative();
            assertThat(balance.reserved()).isNotNegative();
            var totals = account.totals();
            assertThat(totals.available() + totals.reserved() + totals.refundPending() + totals.consumed()
                    + totals.expired() + totals.refunded()).as("every credit granted is somewhere")
                    .isEqualTo(totals.granted());
            for (Grant grant : account.grants()) {
                assertThat(grant.remaining()).isNotNegative();
                assertThat(grant.free()).isNotNegative();
            }
            long held = reservations.stream().map(account::reservation).flatMap(Optional::stream)
                    .filter(Reservation::isOpen).mapToLong(Reservation::quantity).sum();
            assertThat(balance.reserved()).as("reserved is what open reservations hold").isEqualTo(held);
            for (Grant grant : account.grants()) {
                if (grant.funding() instanceof Funding.Paid paid) {
                    assertThat(moneyRefunded.getOrDefault(grant.id(), 0L)).as("never refund more than was paid")
                            .isLessThanOrEqualTo(paid.price().minorUnits());
                }
            }
            checkReadTime();
        }

        // what the account answers at now counts every due expiry and time-out, booked or not
        private void checkReadTime() {
            var read = CreditAccount.restore(account.snapshot());
            var atNow = read.balanceAt(now);
            read.settle(now);
            assertThat(read.grants()).allSatisfy(grant -> assertThat(grant.availableAt(now)).isEqualTo(
                    grant.isExpiredAt(now) ? 0 : grant.free()));
            assertThat(read.grants()).noneMatch(grant -> grant.isExpiredAt(now) && grant.free() > 0);
            reservations.stream().map(read::reservation).flatMap(Optional::stream)
                    .forEach(reservation -> assertThat(reservation.isOpen()).isEqualTo(reservation.holdsAt(now)));
            assertThat(atNow).isEqualTo(read.balance());
        }

        void checkMovements() {
            movements.addAll(account.newMovements());
            for (int i = 0; i < movements.size(); i++) {
                var movement = movements.get(i);
                assertThat(movement.sequence()).isEqualTo(i + 1);
                assertDeltaMatchesKind(movement);
                if (i > 0) {
                    var previous = movements.get(i - 1);
                    assertThat(movement.before()).as("balance after %s is the next one's before", previous.sequence())
                            .isEqualTo(previous.after());
                    assertThat(movement.at()).isAfterOrEqualTo(previous.at());
                }
            }
            assertThat(new HashSet<>(movements.stream().map(Movement::idempotencyKey).toList()))
                    .as("idempotency keys are unique").hasSize(movements.size());
            checkReservationsResolvedOnce();
        }

        private static void assertDeltaMatchesKind(Movement movement) {
            long q = movement.quantity();
            long[] expected = switch (movement.kind()) {
                case GRANTED -> new long[] {q, 0, 0};
                case RESERVED -> new long[] {-q, q, 0};
                case CONSUMED -> movement.reservationId().isPresent() ? new long[] {0, -q, 0} : new long[] {-q, 0, 0};
                case RELEASED -> new long[] {q, -q, 0};
                case EXPIRED -> new long[] {-q, 0, 0};
                case REFUND_HELD -> new long[] {-q, 0, q};
                case REFUNDED -> new long[] {0, 0, -q};
                case REFUND_CANCELLED -> new long[] {q, 0, -q};
            };
            var before = movement.before();
            var after = movement.after();
            assertThat(new long[] {after.available() - before.available(), after.reserved() - before.reserved(),
                    after.refundPending() - before.refundPending()}).as("%s", movement).isEqualTo(expected);
        }

        // each reservation gives back or consumes exactly what it held, once, however it was resolved
        private void checkReservationsResolvedOnce() {
            for (ReservationId id : reservations) {
                var reservation = account.reservation(id).orElseThrow();
                var own = movements.stream().filter(movement -> movement.reservationId().equals(Optional.of(id)))
                        .toList();
                long resolved = own.stream().filter(movement -> movement.kind() == MovementKind.CONSUMED
                        || movement.kind() == MovementKind.RELEASED).mapToLong(Movement::quantity).sum();
                assertThat(resolved).isEqualTo(reservation.isOpen() ? 0 : reservation.quantity());
                assertThat(own.stream().filter(movement -> movement.kind() == MovementKind.RELEASED).count())
                        .isLessThanOrEqualTo(1);
                assertThat(own.stream().filter(movement -> movement.kind() == MovementKind.CONSUMED).count())
                        .isLessThanOrEqualTo(1);
            }
        }

        private String key() {
            return "k" + (++counter);
        }

        private static <T> Optional<T> pick(List<T> from, int index) {
            return from.isEmpty() ? Optional.empty() : Optional.of(from.get(index % from.size()));
        }
    }
}
