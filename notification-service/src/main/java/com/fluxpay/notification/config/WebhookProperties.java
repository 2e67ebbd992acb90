package com.fluxpay.notification.config;

import com.fluxpay.notification.domain.RetrySchedule;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook delivery tuning ({@code fluxpay.webhooks.*}).
 *
 * @param schedule              delay before each attempt, from the previous failure (docs/webhooks.md)
 * @param attemptTimeout        one POST, connect to last byte read
 * @param lease                 a claimed delivery is re-sent by someone else after this; must exceed the timeout
 * @param responseCap           bytes of a response body read at most
 * @param maxInFlight           attempts running at once in one instance
 * @param maxInFlightPerEndpoint attempts running at once to one endpoint, across instances
 * @param disableAfter          an endpoint failing every attempt for this long is disabled
 */
@ConfigurationProperties("fluxpay.webhooks")
public record WebhookProperties(
        List<Duration> schedule,
        @DefaultValue("10s") Duration attemptTimeout, @DefaultValue("60s") Duration lease,
        @DefaultValue("65536") int responseCap, @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("64") int maxInFlight, @DefaultValue("4") int maxInFlightPerEndpoint,
        @DefaultValue("5d") Duration disableAfter) {

    public WebhookProperties {
        // unset: the standard schedule, defined once in the domain (docs/webhooks.md publishes it)
        schedule = schedule == null || schedule.isEmpty() ? RetrySchedule.STANDARD.delays() : schedule;
        if (lease.compareTo(attemptTimeout.plusSeconds(5)) < 0) {
            // a lease shorter than an attempt would let a second instance send while the first still waits
            throw new IllegalArgumentException("fluxpay.webhooks.lease must exceed attempt-timeout by 5 s or more");
        }
    }
}
