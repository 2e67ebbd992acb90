package com.fluxpay.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fluxpay.platform.event.CloudEventHeaders;
import com.fluxpay.platform.outbox.OutboxRelay;
import com.fluxpay.platform.testapp.ThingHappened;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutboxRelayIT extends PlatformIntegrationTest {

    private OutboxRelay running;
    // one thread per writer: on a two-core machine the common pool has a single worker, which would
    // serialise the writers by itself and hide whether the outbox does
    private final ExecutorService writers = Executors.newCachedThreadPool();

    @AfterEach
    void stopRelay() {
        writers.shutdownNow();
        if (running != null) {
            running.stop();
        }
    }

    private void startRelay() {
        running = fixture.relay(fixture.producer());
        running.start();
    }

    private Set<String> publishedIds() {
        return fixture.readAll(ThingHappened.TOPIC).stream()
                .map(r -> CloudEventHeaders.optional(r.headers(), CloudEventHeaders.ID, null))
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void an_event_is_published_only_after_its_transaction_commits() throws Exception {
        startRelay();
        var appended = new CompletableFuture<UUID>();
        var commit = new CountDownLatch(1);
        var writer = CompletableFuture.runAsync(() -> fixture.transactions().executeWithoutResult(status -> {
            appended.complete(fixture.outbox().append(ThingHappened.TYPE, "t-commit", "tenant-a",
                    ThingHappened.ok("t-commit")));
            hold(commit);
        }), writers);
        UUID id = appended.get(10, TimeUnit.SECONDS);

        // many relay passes (50 ms apart) while the transaction is open: a relay reading uncommitted rows
        // would have published by now
        Thread.sleep(700);
        assertThat(publishedIds()).doesNotContain(id.toString());
        commit.countDown();
        writer.get(10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> publishedIds().contains(id.toString()));
    }

    @Test
    void a_rolled_back_transaction_publishes_nothing() {
        startRelay();
        var appended = new UUID[1];
        fixture.transactions().executeWithoutResult(status -> {
            appended[0] = fixture.outbox().append(ThingHappened.TYPE, "t-rollback", "tenant-a",
                    ThingHappened.ok("t-rollback"));
            status.setRollbackOnly();
        });
        UUID after = fixture.appendCommitted("t-after-rollback");

        await().atMost(Duration.ofSeconds(10)).until(() -> publishedIds().contains(after.toString()));
        assertThat(publishedIds()).doesNotContain(appended[0].toString());
    }

    @Test
    void appending_outside_a_transaction_is_refused() {
        assertThatThrownBy(() -> fixture.outbox().append(ThingHappened.TYPE, "t-none", "tenant-a",
                ThingHappened.ok("t-none"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_row_that_commits_after_a_younger_row_is_not_skipped() throws Exception {
        startRelay();
        var olderAppended = new CompletableFuture<UUID>();
        var commitOlder = new CountDownLatch(1);
        var older = CompletableFuture.runAsync(() -> fixture.transactions().executeWithoutResult(status -> {
            olderAppended.complete(fixture.outbox().append(ThingHappened.TYPE, "t-older", "tenant-a",
                    ThingHappened.ok("t-older")));
            hold(commitOlder);
        }), writers);
        UUID olderId = olderAppended.get(10, TimeUnit.SECONDS);
        UUID youngerId = fixture.appendCommitted("t-younger");
        // the relay has now published a row with a higher sequence number than the open one
        await().atMost(Duration.ofSeconds(10)).until(() -> publishedIds().contains(youngerId.toString()));

        commitOlder.countDown();
        older.get(10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> publishedIds().contains(olderId.toString()));
    }

    @Test
    void a_relay_killed_in_the_middle_of_a_batch_loses_nothing() {
        List<UUID> ids = java.util.stream.IntStream.range(0, 6).mapToObj(i -> fixture.appendCommitted("t-crash-" + i))
                .toList();
        OutboxRelay dying = fixture.relay(producerThatDiesOnSend(3));

        assertThatThrownBy(dying::relayOnce).hasMessageContaining("killed");
        assertThat(fixture.unpublishedRows()).isGreaterThanOrEqualTo(ids.size());

        OutboxRelay successor = fixture.relay(fixture.producer());
        while (successor.relayOnce() > 0) {
            Thread.onSpinWait();
        }
        assertThat(fixture.unpublishedRows()).isZero();
        assertThat(publishedIds()).containsAll(ids.stream().map(UUID::toString).toList());
    }

    @Test
    void two_writers_of_one_aggregate_are_published_in_commit_order() throws Exception {
        startRelay();
        String key = "t-order-" + UUID.randomUUID();
        var firstAppended = new CompletableFuture<UUID>();
        var commitFirst = new CountDownLatch(1);
        var first = CompletableFuture.runAsync(() -> fixture.transactions().executeWithoutResult(status -> {
            firstAppended.complete(fixture.outbox().append(ThingHappened.TYPE, key, "tenant-a", ThingHappened.ok(key)));
            hold(commitFirst);
        }), writers);
        UUID firstId = firstAppended.get(10, TimeUnit.SECONDS);
        var second = CompletableFuture.supplyAsync(() -> fixture.appendCommitted(ThingHappened.ok(key)), writers);

        Thread.sleep(500);
        assertThat(second).as("the second writer waits for the first to commit").isNotDone();
        commitFirst.countDown();
        first.get(10, TimeUnit.SECONDS);
        UUID secondId = second.get(10, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(10)).until(() -> publishedIds().contains(secondId.toString()));
        List<String> order = fixture.readAll(ThingHappened.TOPIC).stream()
                .filter(r -> key.equals(r.key()))
                .map(r -> new String(r.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8))
                .toList();
        assertThat(order).containsExactly(firstId.toString(), secondId.toString());
    }

    @Test
    void a_burst_appended_while_the_relay_runs_is_published_in_order_and_all_marked() {
        // the running relay marks one pass and reads the next in one round trip; rows that commit while it
        // sends must come out in the next pass, in order, and none may stay unmarked
        startRelay();
        String key = "t-burst-" + UUID.randomUUID();
        List<UUID> appended = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> fixture.appendCommitted(ThingHappened.ok(key))).toList();

        await().atMost(Duration.ofSeconds(15)).until(() -> fixture.unpublishedRows() == 0);
        List<String> order = fixture.readAll(ThingHappened.TOPIC).stream()
                .filter(r -> key.equals(r.key()))
                .map(r -> new String(r.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8))
                .toList();
        assertThat(order).containsExactlyElementsOf(appended.stream().map(UUID::toString).toList());
    }

    @Test
    void published_records_carry_the_cloudevents_envelope_and_the_aggregate_as_key() {
        startRelay();
        UUID id = fixture.appendCommitted("t-envelope");
        await().atMost(Duration.ofSeconds(10)).until(() -> publishedIds().contains(id.toString()));
        ConsumerRecord<String, String> record = fixture.readAll(ThingHappened.TOPIC).stream()
                .filter(r -> id.toString().equals(CloudEventHeaders.optional(r.headers(), CloudEventHeaders.ID, null)))
                .findFirst().orElseThrow();

        assertThat(record.key()).isEqualTo("t-envelope");
        assertThat(record.value()).contains("\"thingId\":\"t-envelope\"");
        assertThat(CloudEventHeaders.optional(record.headers(), CloudEventHeaders.SPEC_VERSION, null)).isEqualTo("1.0");
        assertThat(CloudEventHeaders.optional(record.headers(), CloudEventHeaders.TYPE, null))
                .isEqualTo("test.thing.happened");
        assertThat(CloudEventHeaders.optional(record.headers(), CloudEventHeaders.TENANT, null)).isEqualTo("tenant-a");
        assertThat(CloudEventHeaders.optional(record.headers(), CloudEventHeaders.SOURCE, null))
                .isEqualTo("/fluxpay/platform-test");
        assertThat(CloudEventHeaders.optional(record.headers(), CloudEventHeaders.CORRELATION, null)).isNotBlank();
    }

    /** A producer that sends {@code survivingSends} records and then dies, like a process killed mid-batch. */
    @SuppressWarnings("unchecked")
    private Producer<String, String> producerThatDiesOnSend(int survivingSends) {
        Producer<String, String> real = fixture.producer();
        var sends = new AtomicInteger();
        return (Producer<String, String>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Producer.class}, (proxy, method, args) -> {
                    if (method.getName().equals("send") && sends.incrementAndGet() > survivingSends) {
                        real.close();
                        throw new IllegalStateException("relay killed after " + survivingSends + " sends");
                    }
                    return method.invoke(real, args);
                });
    }

    private static void hold(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test latch never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
