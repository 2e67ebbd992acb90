package com.fluxpay.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant T = Instant.parse("2026-11-22T00:00:00Z");

    @Test
    void the_standard_schedule_is_eight_attempts_over_about_27_and_a_half_hours() {
        var schedule = RetrySchedule.STANDARD;

        assertThat(schedule.attempts()).isEqualTo(8);
        assertThat(schedule.delays().stream().reduce(Duration.ZERO, Duration::plus))
                .isEqualTo(Duration.ofHours(27).plusMinutes(35).plusSeconds(5));
    }

    @Test
    void each_failure_schedules_the_next_attempt_after_the_published_delay() {
        var schedule = RetrySchedule.STANDARD;

        assertThat(schedule.nextAfter(1, T)).contains(T.plusSeconds(5));
        assertThat(schedule.nextAfter(2, T)).contains(T.plus(Duration.ofMinutes(5)));
        assertThat(schedule.nextAfter(7, T)).contains(T.plus(Duration.ofHours(10)));
    }

    @Test
    void after_the_last_attempt_there_is_no_next_one() {
        assertThat(RetrySchedule.STANDARD.nextAfter(8, T)).isEmpty();
    }
}
