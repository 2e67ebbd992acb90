package com.fluxpay.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.client.Answer;
import com.fluxpay.client.Order;
import com.fluxpay.client.Requests.NewOrder;
import com.fluxpay.contracts.Topics;
import com.fluxpay.platform.testing.KafkaProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

class IdempotencyIT extends GatewayIntegrationTest {

    private static final NewOrder ORDER = NewOrder.of(2500, "USD").describedAs("idem");

    @Autowired
    StringRedisTemplate redis;

    @Test
    void the_same_key_and_body_replay_the_first_answer_byte_for_byte() throws Exception {
        String key = UUID.randomUUID().toString();
        var first = merchant.createOrder(ORDER, key);
        var second = merchant.createOrder(ORDER, key);

        assertThat(second.status()).isEqualTo(first.status());
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.location()).isEqualTo(first.location());
        assertThat(second.header("Idempotent-Replayed")).contains("true");
        assertThat(first.header("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void a_cached_answer_in_redis_always_expires_with_the_record() throws Exception {
        String key = UUID.randomUUID().toString();
        merchant.createOrder(ORDER, key);

        String redisKey = "fp:idem:" + tenantId + ":"
                + java.util.Base64.getUrlEncoder().encodeToString(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(redis.opsForHash().get(redisKey, "hash")).isNotNull();
        assertThat(redis.getExpire(redisKey)).isPositive().isLessThanOrEqualTo(24 * 3600);
    }

    @Test
    void the_same_key_with_another_body_is_422_and_changes_nothing() throws Exception {
        String key = UUID.randomUUID().toString();
        merchant.createOrder(ORDER, key);
        var reused = merchant.createOrder(NewOrder.of(2600, "USD").describedAs("idem"), key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.problem().code()).isEqualTo("IDEM_002");
    }

    @Test
    void keys_belong_to_one_tenant() throws Exception {
        String key = UUID.randomUUID().toString();
        var mine = merchant.createOrder(ORDER, key);
        var theirs = anotherTenant("neighbour").createOrder(ORDER, key);

        assertThat(theirs.header("Idempotent-Replayed")).isEmpty();
        assertThat(theirs.value().id()).isNotEqualTo(mine.value().id());
    }

    @Test
    void twenty_concurrent_requests_with_one_key_send_one_command_and_answer_replays_or_409() throws Exception {
        String key = UUID.randomUUID().toString();
        List<Callable<Answer<Order>>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(() -> merchant.createOrder(ORDER, key));
        }
        List<Answer<Order>> responses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (Future<Answer<Order>> future : pool.invokeAll(calls)) {
                responses.add(future.get());
            }
        }

        var firsts = responses.stream().filter(r -> r.status() != 409
                && r.header("Idempotent-Replayed").isEmpty()).toList();
        assertThat(firsts).hasSize(1);
        var replays = responses.stream().filter(r -> r.header("Idempotent-Replayed").isPresent()).toList();
        assertThat(replays).allSatisfy(replay -> assertThat(replay.body()).isEqualTo(firsts.getFirst().body()));
        assertThat(responses).allSatisfy(r -> assertThat(r.status()).isIn(202, 201, 409));
        assertThat(replays.size() + firsts.size() + responses.stream().filter(r -> r.status() == 409).count())
                .isEqualTo(20);
        String orderId = firsts.getFirst().value().id();
        var probe = new KafkaProbe(kafka);
        probe.awaitEvent(Topics.ORDER_COMMANDS, orderId, "order.create", Duration.ofSeconds(10));
        assertThat(probe.eventsWithKey(Topics.ORDER_COMMANDS, orderId)).hasSize(1);
    }

    @Test
    void a_redis_flush_loses_no_guarantee() throws Exception {
        String key = UUID.randomUUID().toString();
        var first = merchant.createOrder(ORDER, key);
        redis.getConnectionFactory().getConnection().serverCommands().flushAll();

        var replay = merchant.createOrder(ORDER, key);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(merchant.createOrder(ORDER.describedAs("other"), key).status()).isEqualTo(422);
    }

    @Test
    void a_rejected_request_is_replayed_too() throws Exception {
        String key = UUID.randomUUID().toString();
        var first = merchant.createOrder(NewOrder.of(-1, "USD"), key);
        var second = merchant.createOrder(NewOrder.of(-1, "USD"), key);

        assertThat(first.status()).isEqualTo(400);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("Idempotent-Replayed")).contains("true");
    }
}
