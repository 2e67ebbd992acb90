package com.fluxpay.platform;

import com.fluxpay.platform.outbox.Outbox;
import com.fluxpay.platform.outbox.OutboxRelay;
import com.fluxpay.platform.outbox.OutboxSettings;
import com.fluxpay.platform.outbox.RelayLeadership;
import com.fluxpay.platform.testapp.ThingHappened;
import com.fluxpay.platform.testing.KafkaProbe;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Steps the platform tests share: write events in transactions, run relays, read topics. */
public final class PlatformFixture {

    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final String bootstrapServers;

    public PlatformFixture(Outbox outbox, TransactionTemplate transactions, JdbcTemplate jdbc, DataSource dataSource,
                           String bootstrapServers) {
        this.outbox = outbox;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.bootstrapServers = bootstrapServers;
    }

    public UUID appendCommitted(String thingId) {
        return appendCommitted(ThingHappened.ok(thingId));
    }

    public UUID appendCommitted(ThingHappened thing) {
        return transactions.execute(status -> outbox.append(ThingHappened.TYPE, thing.thingId(), "tenant-a", thing));
    }

    public Outbox outbox() {
        return outbox;
    }

    public TransactionTemplate transactions() {
        return transactions;
    }

    public long unpublishedRows() {
        return jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE published_at IS NULL", Long.class);
    }

    public Producer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    /**
     * A producer that holds what it is sent until {@link Producer#flush()}: records sent together to one partition
     * reach the log as one batch, so a consumer's fetch sees all of them or none.
     */
    public Producer<String, String> batchingProducer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 60_000,
                ProducerConfig.BATCH_SIZE_CONFIG, 1_048_576), new StringSerializer(), new StringSerializer());
    }

    public OutboxRelay relay(Producer<String, String> producer) {
        var settings = new OutboxSettings(Duration.ofMillis(50), Duration.ofMillis(200), 100, Duration.ofSeconds(10));
        return new OutboxRelay(jdbc, producer, new RelayLeadership(dataSource, "test-relay:" + UUID.randomUUID()),
                settings, "/fluxpay/platform-test", Clock.systemUTC(), new SimpleMeterRegistry());
    }

    /** Every record on the topic now, from the beginning. */
    public List<ConsumerRecord<String, String>> readAll(String topic) {
        return new KafkaProbe(bootstrapServers).readAll(topic);
    }
}
