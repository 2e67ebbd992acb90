package com.fluxpay.platform.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fluxpay.platform.crypto.SecretBox;
import com.fluxpay.platform.crypto.SecretProperties;
import com.fluxpay.platform.event.EventCodec;
import com.fluxpay.platform.event.RawValueSerializer;
import com.fluxpay.platform.fleet.FleetPingResponder;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.inbox.Inbox;
import com.fluxpay.platform.kafka.DeadLetterRouting;
import com.fluxpay.platform.kafka.DeadLetters;
import com.fluxpay.platform.kafka.DeadLettersEndpoint;
import com.fluxpay.platform.outbox.Outbox;
import com.fluxpay.platform.outbox.OutboxJanitor;
import com.fluxpay.platform.outbox.OutboxRelay;
import com.fluxpay.platform.outbox.OutboxSettings;
import com.fluxpay.platform.outbox.RelayLeadership;
import com.fluxpay.platform.tracing.TraceContextCapture;
import com.fluxpay.platform.transactions.SpringTransactions;
import com.fluxpay.platform.transactions.Transactions;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Clock;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the platform into every service that has it on the classpath. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
        "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.tracing.MicrometerTracingAutoConfiguration"},
        beforeName = "org.springframework.boot.autoconfigure.kafka.KafkaAnnotationDrivenConfiguration")
@EnableConfigurationProperties({FluxPayProperties.class, SecretProperties.class})
@EnableScheduling
public class FluxPayPlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The platform's tables, migrated with their own history so they never clash with a service's. They
     * run after the service's own migrations (which expect to find an empty schema on first start); the
     * baseline at version 0 lets them start in a schema the service already populated.
     */
    @Bean
    PlatformSchema platformSchema(DataSource dataSource, FluxPayProperties properties,
                                  ObjectProvider<FlywayMigrationInitializer> serviceMigrations) {
        serviceMigrations.ifAvailable(initializer -> { });
        Flyway.configure().dataSource(dataSource).schemas(properties.service().schema())
                .defaultSchema(properties.service().schema()).createSchemas(true)
                .baselineOnMigrate(true).baselineVersion("0")
                .table("platform_schema_history").locations("classpath:db/platform").load().migrate();
        return new PlatformSchema(properties.service().schema());
    }

    @Bean
    EventCodec eventCodec(ObjectMapper objectMapper) {
        return new EventCodec(objectMapper);
    }

    @Bean
    TraceContextCapture traceContextCapture(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer t = tracer.getIfAvailable();
        Propagator p = propagator.getIfAvailable();
        return t != null && p != null ? new TraceContextCapture(t, p) : TraceContextCapture.none();
    }

    @Bean
    Producer<String, String> outboxProducer(KafkaProperties kafka) {
        Map<String, Object> config = kafka.buildProducerProperties(null);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    @Bean
    OutboxRelay outboxRelay(PlatformSchema schema, JdbcTemplate jdbc, Producer<String, String> outboxProducer,
                            DataSource dataSource, FluxPayProperties properties, Clock clock, MeterRegistry meters) {
        var o = properties.outbox();
        var settings = new OutboxSettings(o.pollInterval(), o.standbyInterval(), o.batchSize(), o.sendTimeout());
        var leadership = new RelayLeadership(dataSource, "fluxpay-outbox-relay:" + schema.name());
        var relay = new OutboxRelay(jdbc, outboxProducer, leadership, settings,
                "/fluxpay/" + properties.service().name(), clock, meters);
        relay.setAutoStartup(o.relayEnabled());
        return relay;
    }

    @Bean
    Outbox outbox(PlatformSchema schema, JdbcTemplate jdbc, EventCodec codec, Clock clock,
                  FluxPayProperties properties, TraceContextCapture traces, OutboxRelay relay) {
        return new Outbox(jdbc, codec, clock, traces, relay::nudge);
    }

    @Bean
    OutboxJanitor outboxJanitor(PlatformSchema schema, JdbcTemplate jdbc, Clock clock, FluxPayProperties properties,
                                MeterRegistry meters) {
        return new OutboxJanitor(jdbc, clock, properties.outbox().retention(), properties.inbox().retention(), meters);
    }

    @Bean
    Inbox inbox(PlatformSchema schema, JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock,
                EventCodec codec, MeterRegistry meters) {
        return new Inbox(jdbc, new TransactionTemplate(transactionManager), clock, codec, meters);
    }

    /** What every consumer hands its envelopes to, with its {@code EventHandlers} table. */
    @Bean
    EventDispatcher eventDispatcher(Inbox inbox, EventCodec codec, PlatformTransactionManager transactionManager,
                                    MeterRegistry meters) {
        return new EventDispatcher(inbox, codec, new TransactionTemplate(transactionManager), meters);
    }

    @Bean
    KafkaTemplate<Object, Object> deadLetterTemplate(KafkaProperties kafka) {
        Map<String, Object> config = kafka.buildProducerProperties(null);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "dead-letters");
        var factory = new DefaultKafkaProducerFactory<Object, Object>(config, new RawValueSerializer(),
                new RawValueSerializer());
        return new KafkaTemplate<>(factory);
    }

    /** Boot hands this to every listener container it builds. */
    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<Object, Object> deadLetterTemplate,
                                          FluxPayProperties properties, MeterRegistry meters) {
        var c = properties.consumer();
        return DeadLetterRouting.errorHandler(deadLetterTemplate, properties.service().deadLetterTopic(),
                properties.service().name(),
                new DeadLetterRouting.RetrySettings(c.maxRetries(), c.initialBackoff(), c.maxBackoff()), meters);
    }

    @Bean
    DeadLetters deadLetters(KafkaProperties kafka, KafkaTemplate<Object, Object> deadLetterTemplate,
                            FluxPayProperties properties) {
        return new DeadLetters(kafka.buildConsumerProperties(null), deadLetterTemplate,
                properties.service().deadLetterTopic(), properties.service().name());
    }

    @Bean
    DeadLettersEndpoint deadLettersEndpoint(DeadLetters deadLetters) {
        return new DeadLettersEndpoint(deadLetters);
    }

    @Bean
    @ConditionalOnProperty(name = "fluxpay.fleet-ping.enabled", matchIfMissing = true)
    FleetPingResponder fleetPingResponder(EventDispatcher dispatcher, Outbox outbox, Clock clock,
                                          FluxPayProperties properties) {
        return new FleetPingResponder(dispatcher, outbox, clock, properties.service().name());
    }

    @Bean
    @ConditionalOnMissingBean
    Transactions transactions(PlatformTransactionManager transactionManager) {
        return new SpringTransactions(new TransactionTemplate(transactionManager));
    }

    /**
     * Seals and opens secrets that travel between services (webhook signing secrets). Lazy: only the services
     * that use it (gateway, notification) need keys, and they are checked when those services start.
     */
    @Bean
    @org.springframework.context.annotation.Lazy
    @ConditionalOnMissingBean
    SecretBox secretBox(SecretProperties secrets, org.springframework.core.env.Environment environment) {
        return SecretKeysGuard.checked(secrets, PlatformDefaults.isProduction(environment));
    }

    /** Marker that the platform's tables exist; beans that use them depend on it. */
    public record PlatformSchema(String name) {
    }
}
