package com.fluxpay.credit.domain;

import java.util.List;

/** What asking to hold credits came to. */
public sealed interface ReservationOutcome permits ReservationOutcome.Reserved, ReservationOutcome.Refused {

    record Reserved(Reservation reservation, List<Movement> movements) implements ReservationOutcome, Booked {
    }

    /** Nothing was held. INSUFFICIENT_BALANCE is API code PAY_001. */
    record Refused(ReservationId reservationId, Reason reason, long available, long requested)
            implements ReservationOutcome {
    }

    enum Reason {
        INSUFFICIENT_BALANCE,
        /** A reservation with this id exists already, in whatever state. */
        DUPLICATE_RESERVATION
    }
}
