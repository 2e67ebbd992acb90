package com.fluxpay.platform.kafka;

import com.fluxpay.platform.event.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Looks into a service's DLQ and sends dead letters back to the topic they came from. Replaying is safe
 * because every consumer is idempotent: consumers that had already applied the event skip it. "Replay
 * all" remembers where it stopped (a consumer group of its own), so a second call does not resend.
 */
public final class DeadLetters {

    public static final String REPLAYED_FROM = "fluxpay_replayed_from";
    private static final Duration POLL = Duration.ofMillis(500);

    private final Map<String, Object> consumerConfig;
    private final KafkaOperations<Object, Object> producer;
    private final String topic;
    private final String replayGroup;

    public DeadLetters(Map<String, Object> consumerConfig, KafkaOperations<Object, Object> producer, String topic,
                       String serviceName) {
        this.consumerConfig = new HashMap<>(consumerConfig);
        this.consumerConfig.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        this.consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.producer = producer;
        this.topic = topic;
        this.replayGroup = serviceName + ".dlq-replay";
    }

    public String topic() {
        return topic;
    }

    /** The oldest {@code limit} dead letters, whether replayed or not. */
    public List<DeadLetter> list(int limit) {
        try (var consumer = consumer(null)) {
            List<TopicPartition> partitions = partitions(consumer);
            if (partitions.isEmpty()) {
                return List.of();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<DeadLetter> letters = new ArrayList<>();
            readUntilEnd(consumer, partitions, record -> {
                if (letters.size() < limit) {
                    letters.add(DeadLetter.of(record));
                }
            });
            return letters;
        }
    }

    /** Sends one dead letter back to its original topic. */
    public boolean replay(int partition, long offset) {
        try (var consumer = consumer(null)) {
            var tp = new TopicPartition(topic, partition);
            consumer.assign(List.of(tp));
            consumer.seek(tp, offset);
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofSeconds(5)).records(tp)) {
                if (record.offset() == offset) {
                    resend(record);
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Sends every dead letter not replayed before back to its original topic. A letter that fails again
     * comes back as a new dead letter, which a later call replays once more.
     *
     * @return the letters resent
     */
    public List<DeadLetter> replayAll() {
        try (var consumer = consumer(replayGroup)) {
            List<TopicPartition> partitions = partitions(consumer);
            if (partitions.isEmpty()) {
                return List.of();
            }
            consumer.assign(partitions);
            List<DeadLetter> replayed = new ArrayList<>();
            readUntilEnd(consumer, partitions, record -> {
                resend(record);
                replayed.add(DeadLetter.of(record));
            });
            consumer.commitSync();
            return replayed;
        }
    }

    private void resend(ConsumerRecord<byte[], byte[]> record) {
        String original = header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC);
        if (original == null) {
            throw new IllegalStateException("dead letter " + record.partition() + "@" + record.offset()
                    + " does not name its original topic");
        }
        List<Header> headers = new ArrayList<>();
        for (Header header : record.headers()) {
            if (!header.key().startsWith("kafka_dlt-") && !header.key().equals(DeadLetterRouting.SERVICE_HEADER)) {
                headers.add(header);
            }
        }
        headers.add(new RecordHeader(REPLAYED_FROM,
                (topic + "@" + record.partition() + ":" + record.offset()).getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(new ProducerRecord<>(original, null, record.key(), record.value(), headers)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("replay of " + record.offset() + " failed: " + e.getCause(), e);
        }
    }

    private KafkaConsumer<byte[], byte[]> consumer(String group) {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        if (group != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer) {
        var infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
        return infos == null ? List.of()
                : infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    private static void readUntilEnd(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions,
                                     java.util.function.Consumer<ConsumerRecord<byte[], byte[]>> action) {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        Instant deadline = Instant.now().plusSeconds(30);
        while (!reached(consumer, end) && Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    action.accept(record);
                }
            }
        }
    }

    private static boolean reached(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** What an operator needs to decide about one dead letter. */
    public record DeadLetter(int partition, long offset, String key, String eventId, String eventType,
                             String originalTopic, String failedConsumerGroup, String exception, String reason,
                             Instant deadLetteredAt) {

        static DeadLetter of(ConsumerRecord<byte[], byte[]> record) {
            return new DeadLetter(record.partition(), record.offset(),
                    record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
                    header(record, CloudEventHeaders.ID), header(record, CloudEventHeaders.TYPE),
                    header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC),
                    header(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP),
                    header(record, KafkaHeaders.DLT_EXCEPTION_FQCN), reason(record), Instant.ofEpochMilli(record.timestamp()));
        }

        // a record that could not be read fails as "failed to deserialize"; the reader's own words are its cause
        private static String reason(ConsumerRecord<byte[], byte[]> record) {
            String message = header(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE);
            String stack = header(record, KafkaHeaders.DLT_EXCEPTION_STACKTRACE);
            if (stack == null || !stack.contains("Caused by: ")) {
                return message;
            }
            String cause = stack.substring(stack.indexOf("Caused by: ") + "Caused by: ".length());
            int end = cause.indexOf('\n');
            return message + " (caused by " + (end < 0 ? cause : cause.substring(0, end)).strip() + ")";
        }
    }
}
