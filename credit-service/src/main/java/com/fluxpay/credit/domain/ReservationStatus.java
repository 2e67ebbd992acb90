package com.fluxpay.credit.domain;

/** A reservation is OPEN until it resolves, exactly once, into one of the other three. */
public enum ReservationStatus {
    OPEN,
    /** Consumed in whole or part; what was not consumed was released in the same step. */
    CONSUMED,
    RELEASED,
    /** Its time-out passed before it was consumed or released: all of it went back. */
    EXPIRED
}
