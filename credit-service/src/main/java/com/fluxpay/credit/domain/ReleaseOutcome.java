package com.fluxpay.credit.domain;

import java.util.List;

/** What releasing a reservation came to. Releasing one that is resolved already changes nothing. */
public sealed interface ReleaseOutcome permits ReleaseOutcome.Released, ReleaseOutcome.AlreadyResolved,
        ReleaseOutcome.NotFound {

    record Released(Reservation reservation, List<Movement> movements) implements ReleaseOutcome, Booked {
    }

    /** A no-op: the reservation was consumed, released or expired before; its credits were returned once. */
    record AlreadyResolved(ReservationId reservationId, ReservationStatus status) implements ReleaseOutcome {
    }

    record NotFound(ReservationId reservationId) implements ReleaseOutcome {
    }
}
