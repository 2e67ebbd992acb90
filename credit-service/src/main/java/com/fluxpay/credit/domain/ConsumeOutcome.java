package com.fluxpay.credit.domain;

import java.util.List;

/** What consuming (part of) a reservation came to. */
public sealed interface ConsumeOutcome permits ConsumeOutcome.Consumed, ConsumeOutcome.Refused {

    /** Its movements: CONSUMED (unless nothing was), then RELEASED for any rest, then EXPIRED for a rest that
     *  went back to a grant already past its expiry. */
    record Consumed(Reservation reservation, List<Movement> movements) implements ConsumeOutcome, Booked {
    }

    /** Nothing changed. {@code reserved}: what the reservation holds (zero if it no longer holds anything). */
    record Refused(ReservationId reservationId, Reason reason, long reserved, long requested)
            implements ConsumeOutcome {
    }

    enum Reason {
        RESERVATION_NOT_FOUND,
        /** Its time-out passed first: the credits went back and the usage must be reserved again. */
        RESERVATION_EXPIRED,
        ALREADY_CONSUMED,
        ALREADY_RELEASED,
        EXCEEDS_RESERVATION
    }
}
