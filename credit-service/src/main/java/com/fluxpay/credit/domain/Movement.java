package com.fluxpay.credit.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One change of an account's credits, append-only. It names every grant it drew from or returned to, so which
 * credits paid for a usage, and how much of a purchase is left, always have exact answers.
 *
 * @param sequence       1, 2, 3... per account; each movement's {@code before} is the previous one's {@code after}
 * @param at             when it took effect: an expiry or a time-out is booked at its own instant, not when noticed
 * @param idempotencyKey the caller's key, or one derived from it (".../release") or from the due item
 *                       ("timeout:res_1", "expiry:grant_1"): unique per account
 * @param reservationId  the reservation it belongs to, if any
 * @param drawDownOrderVersion the draw-down order that chose the grants; 0 when nothing was drawn
 * @param draws          for a movement whose credits leave their grants ({@link MovementKind#drawsFromGrants}), one
 *                       per allocation, in the same order, with its money value; empty for the others
 */
public record Movement(long sequence, MovementKind kind, long quantity, List<Allocation> allocations,
                       Balance before, Balance after, Instant at, String idempotencyKey,
                       Optional<ReservationId> reservationId, int drawDownOrderVersion,
                       Optional<BalanceCrossedLow> crossedLow, List<Draw> draws) {

    public Movement {
        Objects.requireNonNull(kind, "kind");
        allocations = List.copyOf(allocations);
        draws = List.copyOf(draws);
        if (!draws.stream().map(Draw::drawn).toList().equals(kind.drawsFromGrants() ? allocations : List.of())) {
            throw new IllegalArgumentException(kind + " states draws " + draws + " for its allocations " + allocations);
        }
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(reservationId, "reservationId");
        Objects.requireNonNull(crossedLow, "crossedLow");
        if (quantity <= 0 || quantity != Allocations.total(allocations)) {
            throw new IllegalArgumentException(kind + " of " + quantity + " does not match its allocations "
                    + allocations);
        }
    }

    public long quantityOf(GrantCategory category) {
        return Allocations.totalOf(allocations, category);
    }
}
