package com.fluxpay.platform.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a service tells the platform about itself ({@code fluxpay.service.*}) and the platform's tuning.
 *
 * @param service  the service's name and the Postgres schema it owns (also the DLQ's name)
 * @param outbox   relay tuning
 * @param inbox    how long applied event ids are remembered (longer than any redelivery can take)
 * @param consumer bounded retries before the DLQ
 */
@ConfigurationProperties("fluxpay")
public record FluxPayProperties(Service service, @DefaultValue Outbox outbox, @DefaultValue Inbox inbox,
                                @DefaultValue Consumer consumer) {

    public record Service(String name, String schema) {

        public String deadLetterTopic() {
            return com.fluxpay.contracts.Topics.deadLetterOf(schema);
        }
    }

    public record Outbox(@DefaultValue("true") boolean relayEnabled, @DefaultValue("200ms") Duration pollInterval,
                         @DefaultValue("2s") Duration standbyInterval, @DefaultValue("500") int batchSize,
                         @DefaultValue("30s") Duration sendTimeout, @DefaultValue("24h") Duration retention) {
    }

    public record Inbox(@DefaultValue("30d") Duration retention) {
    }

    public record Consumer(@DefaultValue("4") int maxRetries, @DefaultValue("200ms") Duration initialBackoff,
                           @DefaultValue("5s") Duration maxBackoff) {
    }
}
