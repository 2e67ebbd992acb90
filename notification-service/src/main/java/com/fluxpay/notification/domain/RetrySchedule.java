package com.fluxpay.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When each attempt of a delivery is due, counted from the previous failure: the first entry is the delay
 * before attempt 1 (zero: at once), the second before attempt 2, and so on. After the last attempt fails,
 * the message is exhausted. docs/webhooks.md publishes the default.
 */
public record RetrySchedule(List<Duration> delays) {

    /** Immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h: eight attempts over about 27.6 hours. */
    public static final RetrySchedule STANDARD = new RetrySchedule(List.of(Duration.ZERO, Duration.ofSeconds(5),
            Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5),
            Duration.ofHours(10), Duration.ofHours(10)));

    public RetrySchedule {
        if (delays.isEmpty() || delays.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("a retry schedule has at least one attempt and no negative delay");
        }
        delays = List.copyOf(delays);
    }

    public int attempts() {
        return delays.size();
    }

    /** When attempt {@code failedAttempt + 1} is due, or empty if {@code failedAttempt} was the last. */
    public Optional<Instant> nextAfter(int failedAttempt, Instant failedAt) {
        if (failedAttempt < 1) {
            throw new IllegalArgumentException("attempts count from 1: " + failedAttempt);
        }
        return failedAttempt >= delays.size() ? Optional.empty() : Optional.of(failedAt.plus(delays.get(failedAttempt)));
    }
}
