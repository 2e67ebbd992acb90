package com.fluxpay.credit.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A hold of {@code quantity} credits until {@code expiresAt}, on the grants listed in {@code holds} (in draw-down
 * order). It resolves exactly once: consumed (in whole or part, the rest released in the same step), released,
 * or expired at its time-out.
 *
 * @param consumed   what the consume took; zero unless CONSUMED
 * @param drawDownOrderVersion the order its grants were chosen by
 */
public record Reservation(ReservationId id, long quantity, List<Allocation> holds, Instant reservedAt,
                          Instant expiresAt, ReservationStatus status, long consumed, int drawDownOrderVersion) {

    public Reservation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reservedAt, "reservedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(status, "status");
        holds = List.copyOf(holds);
        if (!expiresAt.isAfter(reservedAt)) {
            throw new IllegalArgumentException("reservation " + id + " would expire before it was made");
        }
        if (Allocations.total(holds) != quantity) {
            throw new IllegalArgumentException("reservation " + id + " holds other than its " + quantity + " credits");
        }
        if (consumed < 0 || consumed > quantity || (consumed > 0 && status != ReservationStatus.CONSUMED)) {
            throw new IllegalArgumentException("reservation " + id + " consumed " + consumed + " while " + status);
        }
    }

    public boolean isOpen() {
        return status == ReservationStatus.OPEN;
    }

    /** Reserved at {@code now}: open and not past its time-out (at the time-out instant itself it no longer is). */
    public boolean holdsAt(Instant now) {
        return isOpen() && now.isBefore(expiresAt);
    }

    Reservation resolve(ReservationStatus resolution, long consumedCredits) {
        return new Reservation(id, quantity, holds, reservedAt, expiresAt, resolution, consumedCredits,
                drawDownOrderVersion);
    }
}
