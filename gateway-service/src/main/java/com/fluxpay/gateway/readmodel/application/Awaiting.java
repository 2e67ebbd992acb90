package com.fluxpay.gateway.readmodel.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How long and how a request waits for the answer to its command. It looks at the read model until it shows
 * what the caller waits for: again as soon as this instance projected an event for the aggregate
 * ({@link ProjectionSignals}), else after a growing pause. Reading the shared database (rather than trusting
 * the event in memory) is what lets any gateway instance answer, whichever one consumed it.
 */
public final class Awaiting {

    // the signal wakes a waiter whose event this instance projected; the pauses only matter when another
    // instance projected it, so they can be long enough not to load the database while many requests wait
    private static final long FIRST_PAUSE_MILLIS = 20;
    private static final long LONGEST_PAUSE_MILLIS = 100;
    // Overload: the fallback polls of many waiters would load the database the backlog needs, so together
    // they stay within a budget, and past a number of waiting requests a new one looks once and answers 202
    // (its client polls the Location instead): overload turns into 202s rather than into a growing backlog.
    static final int MOST_WAITING = 1_000;
    static final int POLLS_PER_SECOND = 500;

    private final ProjectionSignals signals;
    private final Clock clock;
    private final Duration limit;
    private final long firstPause;
    private final long longestPause;

    public Awaiting(ProjectionSignals signals, Clock clock, Duration limit) {
        this(signals, clock, limit, FIRST_PAUSE_MILLIS, LONGEST_PAUSE_MILLIS);
    }

    Awaiting(ProjectionSignals signals, Clock clock, Duration limit, long firstPause, long longestPause) {
        this.signals = signals;
        this.clock = clock;
        this.limit = limit;
        this.firstPause = firstPause;
        this.longestPause = longestPause;
    }

    /** The pause that keeps {@code waiting} requests' fallback polls within the budget together. */
    static long fairShare(long pause, int waiting) {
        return Math.max(pause, waiting * 1_000L / POLLS_PER_SECOND);
    }

    public <T> Optional<T> until(String aggregateId, Supplier<Optional<T>> probe) {
        Instant deadline = clock.instant().plus(limit);
        long pause = firstPause;
        try (var watch = signals.watch(aggregateId)) {
            while (true) {
                Optional<T> result = probe.get();
                long left = Duration.between(clock.instant(), deadline).toMillis();
                int waiting = signals.waiting();
                if (result.isPresent() || left <= 0 || waiting > MOST_WAITING) {
                    return result;
                }
                if (!watch.await(Math.min(fairShare(pause, waiting), left))) {
                    pause = Math.min(pause * 2, longestPause);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
