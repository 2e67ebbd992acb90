package com.fluxpay.platform.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fluxpay.contracts.EventType;
import com.fluxpay.platform.event.CloudEventHeaders;
import com.fluxpay.platform.event.EventEnvelope;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A test's hands on Kafka: sends well-formed FluxPay records the way a client service would, and reads
 * what the services published. Plain Kafka clients, so it sees exactly what is on the wire.
 */
public final class KafkaProbe {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final String bootstrapServers;

    public KafkaProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Sends a new event; returns its id. */
    public <T> UUID send(EventType<T> type, String key, String tenantId, T payload) {
        UUID id = UUID.randomUUID();
        resend(type, id, key, tenantId, payload);
        return id;
    }

    /** Sends an event with a given id: a redelivery, as Kafka or a retrying producer would cause. */
    public <T> void resend(EventType<T> type, UUID id, String key, String tenantId, T payload) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers), new StringSerializer(), new StringSerializer())) {
            String json = JSON.writeValueAsString(payload);
            var envelope = new EventEnvelope(id, type.name(), type.version(), "/test/probe", Instant.now(), key,
                    tenantId, "probe-" + id, null, null, json);
            producer.send(new ProducerRecord<>(type.topic(), null, key, json, CloudEventHeaders.toHeaders(envelope)))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send " + type.name(), e);
        }
    }

    /** Waits for an event of the given type and key on a topic. */
    public ConsumerRecord<String, String> awaitEvent(String topic, String key, String type, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (var record : eventsWithKey(topic, key)) {
                if (type.equals(CloudEventHeaders.optional(record.headers(), CloudEventHeaders.TYPE, null))) {
                    return record;
                }
            }
            pause();
        }
        throw new AssertionError("no " + type + " for " + key + " on " + topic + " within " + timeout);
    }

    /** Sends a fleet ping and waits for the named service's answer: proof it consumes and publishes. */
    public void awaitPingAnswerFrom(String service, Duration timeout) {
        String pingId = "ping_" + UUID.randomUUID();
        send(com.fluxpay.contracts.EventTypes.PING_REQUESTED, pingId, null,
                new com.fluxpay.contracts.fleet.PingRequested(pingId, Instant.now()));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (eventsWithKey(com.fluxpay.contracts.Topics.FLEET_EVENTS, pingId).stream()
                    .anyMatch(record -> record.value().contains("\"service\":\"" + service + "\""))) {
                return;
            }
            pause();
        }
        throw new AssertionError(service + " did not answer ping " + pingId + " within " + timeout);
    }

    // each look re-reads the topic with a fresh consumer; a pause keeps that from hogging a small machine
    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for Kafka", e);
        }
    }

    /** Every record with this key on the topic now (reads from the beginning). */
    public List<ConsumerRecord<String, String>> eventsWithKey(String topic, String key) {
        return readAll(topic).stream().filter(record -> key.equals(record.key())).toList();
    }

    public List<ConsumerRecord<String, String>> readAll(String topic) {
        var config = Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            var infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos == null || infos.isEmpty()) {
                return records;
            }
            var partitions = infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
        }
        return records;
    }
}
