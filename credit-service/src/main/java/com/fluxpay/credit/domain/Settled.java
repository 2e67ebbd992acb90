package com.fluxpay.credit.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The expiries and time-outs booked up to an instant, at their own instants. Empty when nothing was due.
 *
 * @param nextDueAt when the next one falls due, for the sweeper's schedule
 */
public record Settled(List<Movement> movements, Balance balance, Optional<Instant> nextDueAt) {

    public Settled {
        movements = List.copyOf(movements);
    }

    public Optional<BalanceCrossedLow> crossedLow() {
        return movements.stream().flatMap(movement -> movement.crossedLow().stream()).findFirst();
    }
}
