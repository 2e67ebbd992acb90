package com.fluxpay.platform.kafka;

import com.fluxpay.platform.event.MalformedEventException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * The error handling every FluxPay consumer gets. A failing record is retried in place a bounded number
 * of times with backoff; the container seeks back to it, so later records of the same partition (and so
 * of the same key) wait behind it and order is kept. Then it goes to the service's DLQ, the failure in
 * headers, and the partition moves on. Records that can never succeed (unreadable, malformed) skip the
 * retries.
 */
public final class DeadLetterRouting {

    public static final String SERVICE_HEADER = "fluxpay_dlq_service";

    private DeadLetterRouting() {
    }

    public static DefaultErrorHandler errorHandler(KafkaOperations<Object, Object> dlqTemplate, String dlqTopic,
                                                   String serviceName, RetrySettings retries, MeterRegistry meters) {
        Counter deadLettered = Counter.builder("fluxpay.dlq.messages").description("records sent to the DLQ")
                .register(meters);
        var recoverer = new DeadLetterPublishingRecoverer(dlqTemplate, (record, failure) -> {
            deadLettered.increment();
            // partition -1: Kafka picks it from the key, so one key's dead letters stay in order too
            return new TopicPartition(dlqTopic, -1);
        });
        recoverer.setHeadersFunction((record, failure) -> {
            var headers = new org.apache.kafka.common.header.internals.RecordHeaders();
            headers.add(new RecordHeader(SERVICE_HEADER, serviceName.getBytes(StandardCharsets.UTF_8)));
            return headers;
        });
        var backOff = new ExponentialBackOffWithMaxRetries(retries.maxRetries());
        backOff.setInitialInterval(retries.initialInterval().toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(retries.maxInterval().toMillis());
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }

    /** Bounded retries before a record is dead-lettered. */
    public record RetrySettings(int maxRetries, Duration initialInterval, Duration maxInterval) {
    }
}
