package com.fluxpay.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.contracts.Topics;
import com.fluxpay.platform.testing.KafkaProbe;
import java.net.http.HttpResponse;
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

    private static final String ORDER = "{\"amount\":2500,\"currency\":\"USD\",\"description\":\"idem\"}";

    @Autowired
    StringRedisTemplate redis;

    @Test
    void the_same_key_and_body_replay_the_first_answer_byte_for_byte() throws Exception {
        String key = UUID.randomUUID().toString();
        var first = merchant.post("/api/v1/orders", ORDER, key);
        var second = merchant.post("/api/v1/orders", ORDER, key);

        assertThat(second.statusCode()).isEqualTo(first.statusCode());
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(second.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void a_cached_answer_in_redis_always_expires_with_the_record() throws Exception {
        String key = UUID.randomUUID().toString();
        merchant.post("/api/v1/orders", ORDER, key);

        String redisKey = "fp:idem:" + merchant.tenantId + ":"
                + java.util.Base64.getUrlEncoder().encodeToString(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(redis.opsForHash().get(redisKey, "hash")).isNotNull();
        assertThat(redis.getExpire(redisKey)).isPositive().isLessThanOrEqualTo(24 * 3600);
    }

    @Test
    void the_same_key_with_another_body_is_422_and_changes_nothing() throws Exception {
        String key = UUID.randomUUID().toString();
        merchant.post("/api/v1/orders", ORDER, key);
        var reused = merchant.post("/api/v1/orders", ORDER.replace("2500", "2600"), key);

        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(reused.body()).contains("\"code\":\"IDEM_002\"");
    }

    @Test
    void keys_belong_to_one_tenant() throws Exception {
        String key = UUID.randomUUID().toString();
        var mine = merchant.post("/api/v1/orders", ORDER, key);
        var theirs = GatewayClient.forNewTenant(port, "neighbour").post("/api/v1/orders", ORDER, key);

        assertThat(theirs.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(GatewayClient.idOf(theirs.body())).isNotEqualTo(GatewayClient.idOf(mine.body()));
    }

    @Test
    void twenty_concurrent_requests_with_one_key_send_one_command_and_answer_replays_or_409() throws Exception {
        String key = UUID.randomUUID().toString();
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(() -> merchant.post("/api/v1/orders", ORDER, key));
        }
        List<HttpResponse<String>> responses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (Future<HttpResponse<String>> future : pool.invokeAll(calls)) {
                responses.add(future.get());
            }
        }

        var firsts = responses.stream().filter(r -> r.statusCode() != 409
                && r.headers().firstValue("Idempotent-Replayed").isEmpty()).toList();
        assertThat(firsts).hasSize(1);
        var replays = responses.stream().filter(r -> r.headers().firstValue("Idempotent-Replayed").isPresent()).toList();
        assertThat(replays).allSatisfy(replay -> assertThat(replay.body()).isEqualTo(firsts.getFirst().body()));
        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isIn(202, 201, 409));
        assertThat(replays.size() + firsts.size() + responses.stream().filter(r -> r.statusCode() == 409).count())
                .isEqualTo(20);
        String orderId = GatewayClient.idOf(firsts.getFirst().body());
        var probe = new KafkaProbe(kafka);
        probe.awaitEvent(Topics.ORDER_COMMANDS, orderId, "order.create", Duration.ofSeconds(10));
        assertThat(probe.eventsWithKey(Topics.ORDER_COMMANDS, orderId)).hasSize(1);
    }

    @Test
    void a_redis_flush_loses_no_guarantee() throws Exception {
        String key = UUID.randomUUID().toString();
        var first = merchant.post("/api/v1/orders", ORDER, key);
        redis.getConnectionFactory().getConnection().serverCommands().flushAll();

        var replay = merchant.post("/api/v1/orders", ORDER, key);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(merchant.post("/api/v1/orders", ORDER.replace("idem", "other"), key).statusCode()).isEqualTo(422);
    }

    @Test
    void a_rejected_request_is_replayed_too() throws Exception {
        String key = UUID.randomUUID().toString();
        var first = merchant.post("/api/v1/orders", "{\"amount\":-1,\"currency\":\"USD\"}", key);
        var second = merchant.post("/api/v1/orders", "{\"amount\":-1,\"currency\":\"USD\"}", key);

        assertThat(first.statusCode()).isEqualTo(400);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Idempotent-Replayed")).contains("true");
    }
}
