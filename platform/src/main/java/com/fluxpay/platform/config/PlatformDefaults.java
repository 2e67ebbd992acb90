package com.fluxpay.platform.config;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The configuration every service shares, added as the lowest-precedence property source so a
 * service's application.yml or an environment variable can still override any of it. Written once here
 * instead of seven times in seven application.yml files.
 */
public final class PlatformDefaults implements EnvironmentPostProcessor {

    /**
     * A development key for the {@link com.fluxpay.platform.crypto.SecretBox}, published here on purpose: it
     * only protects local and test data. It is offered only outside production, and production refuses it.
     */
    public static final String DEVELOPMENT_SECRET_KEY = "8gACRLJcNZbFHI20vvcLSdF1j6BeSiBYDHIkpHWMgRQ=";

    /** {@code FLUXPAY_ENVIRONMENT}: {@code development} (the default) or {@code production}. */
    public static boolean isProduction(org.springframework.core.env.Environment environment) {
        return "production".equalsIgnoreCase(environment.getProperty("fluxpay.environment",
                environment.getProperty("FLUXPAY_ENVIRONMENT", "development")));
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>();
        infrastructure(defaults);
        secrets(defaults, environment);
        runtime(defaults);
        kafka(defaults);
        persistence(defaults);
        observability(defaults, environment);
        environment.getPropertySources().addLast(new MapPropertySource("fluxpayPlatformDefaults", defaults));
    }

    private static void infrastructure(Map<String, Object> d) {
        d.put("spring.kafka.bootstrap-servers", "${KAFKA_BOOTSTRAP_SERVERS:127.0.0.1:19092}");
        d.put("spring.datasource.url", "${DATABASE_URL:jdbc:postgresql://127.0.0.1:15432/fluxpay}");
        d.put("spring.datasource.username", "${DATABASE_USERNAME:postgres}");
        d.put("spring.datasource.password", "${DATABASE_PASSWORD:postgres}");
        d.put("spring.data.redis.url", "${REDIS_URL:redis://127.0.0.1:16379}");
        d.put("fluxpay.service.name", "${spring.application.name}");
        d.put("fluxpay.environment", "${FLUXPAY_ENVIRONMENT:development}");
    }

    // Every deployment sets its own keys (FLUXPAY_SECRETS_KEY_<ID>, FLUXPAY_SECRETS_ACTIVE_KEY), the same on
    // the gateway and notification-service; outside production a development key stands in for them
    private static void secrets(Map<String, Object> d, ConfigurableEnvironment environment) {
        if (isProduction(environment)) {
            return;
        }
        d.put("fluxpay.secrets.active-key", "${FLUXPAY_SECRETS_ACTIVE_KEY:local}");
        d.put("fluxpay.secrets.keys.local", "${FLUXPAY_SECRETS_KEY_LOCAL:" + DEVELOPMENT_SECRET_KEY + "}");
    }

    private static void runtime(Map<String, Object> d) {
        d.put("spring.threads.virtual.enabled", "true");
        d.put("server.shutdown", "graceful");
        d.put("spring.lifecycle.timeout-per-shutdown-phase", "20s");
        d.put("spring.main.banner-mode", "off");
        d.put("server.error.include-message", "never");
    }

    private static void kafka(Map<String, Object> d) {
        d.put("spring.kafka.consumer.group-id", "${spring.application.name}");
        // a service deployed after an event was published must still see it
        d.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        d.put("spring.kafka.consumer.key-deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        d.put("spring.kafka.consumer.value-deserializer",
                "org.springframework.kafka.support.serializer.ErrorHandlingDeserializer");
        d.put("spring.kafka.consumer.properties.spring.deserializer.value.delegate.class",
                "com.fluxpay.platform.event.EnvelopeDeserializer");
        d.put("spring.kafka.consumer.properties.max.poll.interval.ms", "300000");
        d.put("spring.kafka.listener.observation-enabled", "true");
        // Offsets are committed once a second (and on rebalance and shutdown) instead of after every poll, which
        // at today's one or two records per poll was a synchronous broker round trip and a __consumer_offsets
        // write per record. Safe because every consumer applies events through the Inbox: after a crash, what
        // the last second delivered is delivered again and skipped as a duplicate.
        d.put("spring.kafka.listener.ack-mode", "time");
        d.put("spring.kafka.listener.ack-time", "${FLUXPAY_KAFKA_ACK_TIME:1s}");
        d.put("spring.kafka.producer.acks", "all");
        d.put("spring.kafka.producer.properties.enable.idempotence", "true");
        d.put("spring.kafka.producer.properties.linger.ms", "2");
        d.put("spring.kafka.template.observation-enabled", "true");
    }

    private static void persistence(Map<String, Object> d) {
        d.put("spring.flyway.schemas", "${fluxpay.service.schema}");
        d.put("spring.flyway.default-schema", "${fluxpay.service.schema}");
        d.put("spring.flyway.create-schemas", "true");
        // every connection works in the service's own schema, so no SQL names it
        d.put("spring.datasource.hikari.schema", "${fluxpay.service.schema}");
        d.put("spring.datasource.hikari.maximum-pool-size", "${DATABASE_POOL_SIZE:20}");
        d.put("spring.jpa.open-in-view", "false");
        d.put("spring.jpa.hibernate.ddl-auto", "validate");
        d.put("spring.jpa.properties.hibernate.default_schema", "${fluxpay.service.schema}");
    }

    private static void observability(Map<String, Object> d, ConfigurableEnvironment environment) {
        d.put("management.endpoints.web.exposure.include", "health,info,prometheus,metrics,deadletters");
        d.put("management.endpoint.health.probes.enabled", "true");
        d.put("management.endpoint.health.show-details", "always");
        d.put("management.metrics.tags.service", "${spring.application.name}");
        // Every request and event still carries a trace id (W3C traceparent through HTTP, the outbox and Kafka;
        // traceId in every log line), sampled or not; sampling only decides which traces record spans. At 100 %
        // recording spans cost the checkout path several % of each service's CPU (docs/performance.md).
        d.put("management.tracing.sampling.probability", "${FLUXPAY_TRACING_SAMPLING_PROBABILITY:0.1}");
        d.put("management.metrics.distribution.percentiles-histogram.http.server.requests", "true");
        d.put("management.observations.annotations.enabled", "true");
        String format = environment.getProperty("FLUXPAY_LOG_FORMAT", "logstash");
        if (!"plain".equalsIgnoreCase(format)) {
            // JSON lines; Boot puts the MDC (traceId, spanId, tenantId, correlationId) in every line
            d.put("logging.structured.format.console", format);
        }
    }
}
