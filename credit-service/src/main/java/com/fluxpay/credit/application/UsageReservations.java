package com.fluxpay.credit.application;

import com.fluxpay.credit.domain.ReservationId;
import java.util.Optional;

/**
 * A usage's reservation id is derived from its usage id, so a redelivered or re-sent request names the same
 * reservation and the domain refuses to hold credits for it twice.
 */
public final class UsageReservations {

    private static final String PREFIX = "usage:";

    private UsageReservations() {
    }

    public static ReservationId reservationFor(String usageId) {
        return new ReservationId(PREFIX + usageId);
    }

    /** The usage a reservation was made for; empty for one that is not a usage's. */
    public static Optional<String> usageOf(ReservationId reservationId) {
        return reservationId.value().startsWith(PREFIX)
                ? Optional.of(reservationId.value().substring(PREFIX.length())) : Optional.empty();
    }
}
