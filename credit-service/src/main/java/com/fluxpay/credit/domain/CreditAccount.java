package com.fluxpay.credit.domain;

import static java.util.Comparator.comparing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * One customer's credits in one unit: its grants, its reservations, and every movement between them.
 *
 * <p>Time is settled first. Every change first books, at their own instants and in time order, the grant
 * expiries and reservation time-outs due by {@code now} ({@link #settle}); only then does it do what it was
 * asked. So a balance never depends on a sweeper having run, each movement's balance before is the previous
 * one's after, and a reservation that timed out resolves exactly once, as EXPIRED, whoever comes first.
 *
 * <p>A refusal changes nothing the caller asked for, but the settling before it may have booked movements:
 * {@link #newMovements()} lists everything booked since the account was loaded, which is what to store.
 *
 * <p>State to load per operation: the grants with credits left or a refund pending, every OPEN reservation,
 * and any resolved reservation or closed grant the command names (to answer a repeat with what happened).
 */
public final class CreditAccount {

    private static final Comparator<Reservation> BY_TIME_OUT = comparing(Reservation::expiresAt)
            .thenComparing(reservation -> reservation.id().value());
    private static final Comparator<Grant> BY_EXPIRY = comparing(Grant::expiresAt).thenComparing(Grant::id);

    private final CreditAccountId id;
    private DrawDownOrder order;
    private OptionalLong lowBalanceThreshold;
    private boolean belowThreshold;
    private long sequence;
    private final Map<GrantId, Grant> grants = new LinkedHashMap<>();
    private final Map<ReservationId, Reservation> reservations = new LinkedHashMap<>();
    private final List<Movement> newMovements = new ArrayList<>();

    private CreditAccount(Snapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.order = Objects.requireNonNull(s.order(), "order");
        this.lowBalanceThreshold = Objects.requireNonNull(s.lowBalanceThreshold(), "lowBalanceThreshold");
        this.belowThreshold = s.belowThreshold();
        this.sequence = s.sequence();
        s.grants().forEach(grant -> grants.put(grant.id(), grant));
        s.reservations().forEach(reservation -> reservations.put(reservation.id(), reservation));
        requireHoldsMatchReservations();
    }

    public static CreditAccount open(CreditAccountId id, DrawDownOrder order) {
        return new CreditAccount(new Snapshot(id, order, OptionalLong.empty(), false, 0, List.of(), List.of()));
    }

    public static CreditAccount restore(Snapshot snapshot) {
        return new CreditAccount(snapshot);
    }

    // ---- changes

    /** Books the expiries and time-outs due by {@code now}; the sweeper calls it at {@link #nextDueAt()}. */
    public Settled settle(Instant now) {
        var booked = settleUntil(now);
        return new Settled(booked, balance(), nextDueAt());
    }

    public GrantOutcome grant(NewGrant command, Instant now) {
        var booked = settleUntil(now);
        if (grants.containsKey(command.id())) {
            return new GrantOutcome.Refused(command.id(), GrantOutcome.Reason.DUPLICATE_GRANT);
        }
        if (command.expiresAt().filter(expiry -> !expiry.isAfter(now)).isPresent()) {
            return new GrantOutcome.Refused(command.id(), GrantOutcome.Reason.ALREADY_EXPIRED);
        }
        // the GRANTED movement's sequence doubles as the grant's age: unique and increasing per account
        var grant = Grant.fresh(command.id(), command.funding(), command.priority(), now,
                command.expiresAt().orElse(null), sequence + 1, command.quantity());
        booked.add(move(MovementKind.GRANTED, List.of(Allocation.of(grant, grant.quantity())), Cause.of(now,
                command.idempotencyKey()), () -> grants.put(grant.id(), grant), List.of()));
        return new GrantOutcome.Granted(grant, booked);
    }

    public ReservationOutcome reserve(ReservationId reservationId, long quantity, Duration timeout, String key,
                                      Instant now) {
        requirePositive(quantity, "a reservation's quantity");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a reservation's time-out must be in the future: " + timeout);
        }
        var booked = settleUntil(now);
        if (reservations.containsKey(reservationId)) {
            return refuseReservation(reservationId, ReservationOutcome.Reason.DUPLICATE_RESERVATION, quantity);
        }
        var plan = DrawDown.plan(grants.values(), quantity, order, now);
        if (!plan.covered()) {
            return refuseReservation(reservationId, ReservationOutcome.Reason.INSUFFICIENT_BALANCE, quantity);
        }
        var cause = Cause.of(now, key).forReservation(reservationId, order.version());
        booked.add(move(MovementKind.RESERVED, plan.allocations(), cause, Grant::hold));
        var reservation = new Reservation(reservationId, quantity, plan.allocations(), now, now.plus(timeout),
                ReservationStatus.OPEN, 0, order.version());
        reservations.put(reservationId, reservation);
        return new ReservationOutcome.Reserved(reservation, booked);
    }

    /** Consumes {@code quantity} of the reservation (zero to all of it) and releases the rest, in one step. */
    public ConsumeOutcome consume(ReservationId reservationId, long quantity, String key, Instant now) {
        requireNotNegative(quantity, "a consumed quantity");
        var booked = settleUntil(now);
        var reservation = reservations.get(reservationId);
        var refusal = refusalToConsume(reservationId, reservation, quantity);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        var split = Allocations.split(reservation.holds(), quantity);
        var cause = Cause.of(now, key).forReservation(reservationId, reservation.drawDownOrderVersion());
        if (!split.taken().isEmpty()) {
            booked.add(move(MovementKind.CONSUMED, split.taken(), cause, Grant::consumeHeld));
        }
        booked.addAll(returnHolds(split.rest(), cause.derived("release")));
        var consumed = reservation.resolve(ReservationStatus.CONSUMED, quantity);
        reservations.put(reservationId, consumed);
        return new ConsumeOutcome.Consumed(consumed, booked);
    }

    public ReleaseOutcome release(ReservationId reservationId, String key, Instant now) {
        var booked = settleUntil(now);
        var reservation = reservations.get(reservationId);
        if (reservation == null) {
            return new ReleaseOutcome.NotFound(reservationId);
        }
        if (!reservation.isOpen()) {
            return new ReleaseOutcome.AlreadyResolved(reservationId, reservation.status());
        }
        var cause = Cause.of(now, key).forReservation(reservationId, reservation.drawDownOrderVersion());
        booked.addAll(returnHolds(reservation.holds(), cause));
        var released = reservation.resolve(ReservationStatus.RELEASED, 0);
        reservations.put(reservationId, released);
        return new ReleaseOutcome.Released(released, booked);
    }

    /** Consumes credits without a reservation: all of {@code quantity} or, refused, nothing. */
    public SpendOutcome spend(long quantity, String key, Instant now) {
        requirePositive(quantity, "a spent quantity");
        var booked = settleUntil(now);
        var plan = DrawDown.plan(grants.values(), quantity, order, now);
        if (!plan.covered()) {
            return new SpendOutcome.Refused(balance().available(), quantity);
        }
        var cause = Cause.of(now, key).drawnBy(order.version());
        booked.add(move(MovementKind.CONSUMED, plan.allocations(), cause, Grant::consumeFree));
        return new SpendOutcome.Spent(booked);
    }

    /** Holds {@code credits} of a top-up for a refund; only what is neither consumed, reserved nor expired. */
    public RefundOutcome holdRefund(GrantId grantId, long credits, String key, Instant now) {
        requirePositive(credits, "a refunded quantity");
        var booked = settleUntil(now);
        var refusal = RefundRules.refusalToHold(grants.get(grantId), grantId, credits, now);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        var grant = grants.get(grantId);
        var value = grant.refundValueOf(credits);
        booked.add(move(MovementKind.REFUND_HELD, List.of(Allocation.of(grant, credits)), Cause.of(now, key),
                Grant::holdForRefund));
        return new RefundOutcome.Held(grants.get(grantId), credits, value, booked);
    }

    /** The money went back: the held credits are refunded. */
    public RefundOutcome completeRefund(GrantId grantId, String key, Instant now) {
        var booked = settleUntil(now);
        var refusal = RefundRules.refusalToResolve(grants.get(grantId), grantId);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        var grant = grants.get(grantId);
        long credits = grant.refundPending();
        var value = grant.refundValueOf(credits);
        booked.add(move(MovementKind.REFUNDED, List.of(Allocation.of(grant, credits)), Cause.of(now, key),
                (held, quantity) -> held.completeRefund()));
        return new RefundOutcome.Refunded(grants.get(grantId), credits, value, booked);
    }

    /** The refund did not happen: the held credits are available again (or expire, if the grant has). */
    public RefundOutcome cancelRefund(GrantId grantId, String key, Instant now) {
        var booked = settleUntil(now);
        var refusal = RefundRules.refusalToResolve(grants.get(grantId), grantId);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        var grant = grants.get(grantId);
        long credits = grant.refundPending();
        var cause = Cause.of(now, key);
        booked.add(move(MovementKind.REFUND_CANCELLED, List.of(Allocation.of(grant, credits)), cause,
                (held, quantity) -> held.cancelRefund()));
        expireReturned(List.of(grantId), cause).ifPresent(booked::add);
        return new RefundOutcome.Cancelled(grants.get(grantId), credits, booked);
    }

    /** Watches for available falling below {@code threshold}; already below it now is not a crossing. */
    public void watchLowBalance(long threshold) {
        requirePositive(threshold, "a low-balance threshold");
        lowBalanceThreshold = OptionalLong.of(threshold);
        belowThreshold = balance().available() < threshold;
    }

    public void stopWatchingLowBalance() {
        lowBalanceThreshold = OptionalLong.empty();
        belowThreshold = false;
    }

    /** Draws from now on by {@code next}; versions only go forward, and a version never changes its keys. */
    public void useDrawDownOrder(DrawDownOrder next) {
        if (next.version() < order.version() || (next.version() == order.version() && !next.equals(order))) {
            throw new IllegalArgumentException("draw-down order " + next + " does not follow " + order);
        }
        order = next;
    }

    // ---- reads

    /** The balance as booked (all due items settled, if a change ran at the latest instant of interest). */
    public Balance balance() {
        return new Balance(sum(Grant::free), sum(Grant::reserved), sum(Grant::refundPending));
    }

    /** The balance at {@code now}, counting what fell due since the last change as settled, without booking it. */
    public Balance balanceAt(Instant now) {
        return restore(snapshot()).settle(now).balance();
    }

    public CreditTotals totals() {
        return new CreditTotals(sum(Grant::quantity), sum(Grant::free), sum(Grant::reserved), sum(Grant::refundPending),
                sum(Grant::consumed), sumOf(GrantCategory.PAID, Grant::expired),
                sumOf(GrantCategory.FREE, Grant::expired), sum(Grant::refunded));
    }

    /** What of a top-up could be refunded at {@code now}: zero for a free grant or one with a refund pending. */
    public long refundable(GrantId grantId, Instant now) {
        var grant = grants.get(grantId);
        return grant == null ? 0 : RefundRules.refundable(grant, now);
    }

    /** The earliest instant an expiry or a time-out falls due, for the sweeper. */
    public Optional<Instant> nextDueAt() {
        var expiries = grants.values().stream().filter(grant -> grant.free() > 0 && grant.expiresAt() != null)
                .map(Grant::expiresAt);
        var timeOuts = reservations.values().stream().filter(Reservation::isOpen).map(Reservation::expiresAt);
        return Stream.concat(expiries, timeOuts).min(Comparator.naturalOrder());
    }

    public Optional<Grant> grant(GrantId grantId) {
        return Optional.ofNullable(grants.get(grantId));
    }

    public Collection<Grant> grants() {
        return List.copyOf(grants.values());
    }

    public Optional<Reservation> reservation(ReservationId reservationId) {
        return Optional.ofNullable(reservations.get(reservationId));
    }

    /** Every movement booked since the account was loaded or opened, in order: append these. */
    public List<Movement> newMovements() {
        return List.copyOf(newMovements);
    }

    public CreditAccountId id() {
        return id;
    }

    public DrawDownOrder drawDownOrder() {
        return order;
    }

    /** The last movement's sequence: the account's version, for an optimistic check on top of the row lock. */
    public long sequence() {
        return sequence;
    }

    public Snapshot snapshot() {
        return new Snapshot(id, order, lowBalanceThreshold, belowThreshold, sequence, List.copyOf(grants.values()),
                List.copyOf(reservations.values()));
    }

    // ---- settling time

    private List<Movement> settleUntil(Instant now) {
        var booked = new ArrayList<Movement>();
        while (true) {
            var timedOut = reservations.values().stream()
                    .filter(reservation -> reservation.isOpen() && !now.isBefore(reservation.expiresAt()))
                    .min(BY_TIME_OUT);
            var expiring = grants.values().stream().filter(grant -> grant.isExpiredAt(now) && grant.free() > 0)
                    .min(BY_EXPIRY);
            if (timedOut.isEmpty() && expiring.isEmpty()) {
                return booked;
            }
            // in time order; on a tie the time-out first, so what it returns expires with the rest of the grant
            if (timedOut.isPresent()
                    && (expiring.isEmpty() || !timedOut.get().expiresAt().isAfter(expiring.get().expiresAt()))) {
                booked.addAll(timeOut(timedOut.get()));
            } else {
                booked.add(expire(expiring.get()));
            }
        }
    }

    private List<Movement> timeOut(Reservation reservation) {
        var cause = Cause.of(reservation.expiresAt(), "timeout:" + reservation.id())
                .forReservation(reservation.id(), reservation.drawDownOrderVersion());
        var booked = returnHolds(reservation.holds(), cause);
        reservations.put(reservation.id(), reservation.resolve(ReservationStatus.EXPIRED, 0));
        return booked;
    }

    private Movement expire(Grant grant) {
        return move(MovementKind.EXPIRED, List.of(Allocation.of(grant, grant.free())),
                Cause.of(grant.expiresAt(), "expiry:" + grant.id()), (expiring, quantity) -> expiring.expireFree());
    }

    /** Held credits go back to their grants; those whose grant expired meanwhile expire in the same step. */
    private List<Movement> returnHolds(List<Allocation> holds, Cause cause) {
        if (holds.isEmpty()) {
            return List.of();
        }
        var booked = new ArrayList<Movement>();
        booked.add(move(MovementKind.RELEASED, holds, cause, Grant::unhold));
        expireReturned(holds.stream().map(Allocation::grant).toList(), cause).ifPresent(booked::add);
        return booked;
    }

    private Optional<Movement> expireReturned(List<GrantId> returnedTo, Cause cause) {
        var expired = returnedTo.stream().distinct().sorted().map(grants::get)
                .filter(grant -> grant.isExpiredAt(cause.at()) && grant.free() > 0)
                .map(grant -> Allocation.of(grant, grant.free())).toList();
        if (expired.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(move(MovementKind.EXPIRED, expired, cause.derived("expiry").withoutDraw(),
                (grant, quantity) -> grant.expireFree()));
    }

    // ---- booking

    private Movement move(MovementKind kind, List<Allocation> allocations, Cause cause,
                          BiFunction<Grant, Long, Grant> change) {
        var draws = new ArrayList<Draw>();
        return move(kind, allocations, cause, () -> allocations.forEach(allocation -> {
            var grant = grants.get(allocation.grant());
            // valued on the grant as it stands before these credits leave it
            if (kind.drawsFromGrants()) {
                draws.add(grant.draw(kind, allocation.quantity()));
            }
            grants.put(allocation.grant(), change.apply(grant, allocation.quantity()));
        }), draws);
    }

    /** {@code draws} is filled by {@code change}, when it runs. */
    private Movement move(MovementKind kind, List<Allocation> allocations, Cause cause, Runnable change,
                          List<Draw> draws) {
        var before = balance();
        change.run();
        var after = balance();
        var movement = new Movement(++sequence, kind, Allocations.total(allocations), allocations, before, after,
                cause.at(), cause.key(), cause.reservation(), cause.drawDownOrderVersion(), watch(after), draws);
        newMovements.add(movement);
        return movement;
    }

    private Optional<BalanceCrossedLow> watch(Balance after) {
        if (lowBalanceThreshold.isEmpty()) {
            return Optional.empty();
        }
        long threshold = lowBalanceThreshold.getAsLong();
        boolean below = after.available() < threshold;
        boolean crossed = below && !belowThreshold;
        belowThreshold = below;
        return crossed ? Optional.of(new BalanceCrossedLow(threshold, after.available())) : Optional.empty();
    }

    // ---- checks

    private Optional<ConsumeOutcome> refusalToConsume(ReservationId reservationId, Reservation reservation,
                                                      long quantity) {
        if (reservation == null) {
            return Optional.of(refuseConsume(reservationId, ConsumeOutcome.Reason.RESERVATION_NOT_FOUND, 0, quantity));
        }
        var reason = switch (reservation.status()) {
            case OPEN -> quantity > reservation.quantity() ? ConsumeOutcome.Reason.EXCEEDS_RESERVATION : null;
            case EXPIRED -> ConsumeOutcome.Reason.RESERVATION_EXPIRED;
            case CONSUMED -> ConsumeOutcome.Reason.ALREADY_CONSUMED;
            case RELEASED -> ConsumeOutcome.Reason.ALREADY_RELEASED;
        };
        long reserved = reservation.isOpen() ? reservation.quantity() : 0;
        return Optional.ofNullable(reason).map(why -> refuseConsume(reservationId, why, reserved, quantity));
    }

    private static ConsumeOutcome refuseConsume(ReservationId id, ConsumeOutcome.Reason reason, long reserved,
                                                long requested) {
        return new ConsumeOutcome.Refused(id, reason, reserved, requested);
    }

    private ReservationOutcome refuseReservation(ReservationId reservationId, ReservationOutcome.Reason reason,
                                                 long requested) {
        return new ReservationOutcome.Refused(reservationId, reason, balance().available(), requested);
    }

    // a grant's reserved credits and the open reservations' holds are two records of one fact; stored apart,
    // they must agree, or credits could be released twice or never
    private void requireHoldsMatchReservations() {
        var held = new HashMap<GrantId, Long>();
        reservations.values().stream().filter(Reservation::isOpen).flatMap(reservation -> reservation.holds().stream())
                .forEach(hold -> held.merge(hold.grant(), hold.quantity(), Math::addExact));
        held.keySet().forEach(grantId -> {
            if (!grants.containsKey(grantId)) {
                throw new IllegalStateException("account " + id + " holds credits of grant " + grantId + ", not loaded");
            }
        });
        grants.values().forEach(grant -> {
            if (grant.reserved() != held.getOrDefault(grant.id(), 0L)) {
                throw new IllegalStateException("grant " + grant.id() + " reserves " + grant.reserved()
                        + " but its open reservations hold " + held.getOrDefault(grant.id(), 0L));
            }
        });
    }

    private long sum(ToLongFunction<Grant> part) {
        return grants.values().stream().mapToLong(part).reduce(0, Math::addExact);
    }

    private long sumOf(GrantCategory category, ToLongFunction<Grant> part) {
        return grants.values().stream().filter(grant -> grant.category() == category).mapToLong(part)
                .reduce(0, Math::addExact);
    }

    private static void requirePositive(long value, String what) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive: " + value);
        }
    }

    private static void requireNotNegative(long value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + value);
        }
    }

    /** Why a movement happened: when, under which key, for which reservation, drawn by which order version. */
    private record Cause(Instant at, String key, Optional<ReservationId> reservation, int drawDownOrderVersion) {

        Cause {
            CreditAccountId.requireText(key, "idempotency key");
        }

        static Cause of(Instant at, String key) {
            return new Cause(at, key, Optional.empty(), 0);
        }

        Cause forReservation(ReservationId reservationId, int version) {
            return new Cause(at, key, Optional.of(reservationId), version);
        }

        Cause drawnBy(int version) {
            return new Cause(at, key, reservation, version);
        }

        Cause withoutDraw() {
            return new Cause(at, key, reservation, 0);
        }

        Cause derived(String step) {
            return new Cause(at, key + "/" + step, reservation, drawDownOrderVersion);
        }
    }

    /** Everything an account is, for storing and restoring it. */
    public record Snapshot(CreditAccountId id, DrawDownOrder order, OptionalLong lowBalanceThreshold,
                           boolean belowThreshold, long sequence, List<Grant> grants, List<Reservation> reservations) {

        public Snapshot {
            grants = List.copyOf(grants);
            reservations = List.copyOf(reservations);
        }
    }
}
