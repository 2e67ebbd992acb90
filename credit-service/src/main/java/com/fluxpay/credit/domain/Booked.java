package com.fluxpay.credit.domain;

import java.util.List;
import java.util.Optional;

/**
 * What an accepted change booked, in order: first the expiries and time-outs that fell due before it, then its
 * own movements. Never empty.
 */
public interface Booked {

    List<Movement> movements();

    default Balance before() {
        return movements().getFirst().before();
    }

    default Balance after() {
        return movements().getLast().after();
    }

    /** The low-balance crossing one of these movements caused, if any (at most one can: it takes a rise to reset). */
    default Optional<BalanceCrossedLow> crossedLow() {
        return movements().stream().flatMap(movement -> movement.crossedLow().stream()).findFirst();
    }
}
