package com.fluxpay.gateway.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Polls a read model until it shows what the caller waits for. Polling the shared database (rather than
 * waiting for the event in memory) is what lets any gateway instance answer, whichever one consumed it.
 */
final class Awaiting {

    private static final long FIRST_PAUSE_MILLIS = 5;
    private static final long LONGEST_PAUSE_MILLIS = 50;

    private Awaiting() {
    }

    static <T> Optional<T> until(Supplier<Optional<T>> probe, Duration limit, Clock clock) {
        Instant deadline = clock.instant().plus(limit);
        long pause = FIRST_PAUSE_MILLIS;
        while (true) {
            Optional<T> result = probe.get();
            if (result.isPresent() || !clock.instant().isBefore(deadline)) {
                return result;
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
        }
    }
}
