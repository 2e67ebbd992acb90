package com.fluxpay.gateway.idempotency.adapter.out.redis;

import com.fluxpay.gateway.idempotency.application.port.IdempotencyCache;
import com.fluxpay.gateway.idempotency.domain.IdempotencyRecord;
import com.fluxpay.gateway.idempotency.domain.StoredResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Completed idempotency records in Redis, one hash per key, expiring with the record. Any Redis failure
 * reads as a miss: Postgres answers instead, so an outage costs latency, never correctness.
 */
public class RedisIdempotencyCache implements IdempotencyCache {

    private static final Logger log = LoggerFactory.getLogger(RedisIdempotencyCache.class);
    private static final List<Object> FIELDS = List.of("hash", "status", "type", "location", "body");

    private final StringRedisTemplate redis;
    private final Duration retention;

    public RedisIdempotencyCache(StringRedisTemplate redis, Duration retention) {
        this.redis = redis;
        this.retention = retention;
    }

    @Override
    public Optional<IdempotencyRecord> find(String tenantId, String key) {
        try {
            List<Object> values = redis.opsForHash().multiGet(redisKey(tenantId, key), FIELDS);
            if (values.get(0) == null) {
                return Optional.empty();
            }
            var response = new StoredResponse(Integer.parseInt((String) values.get(1)), blankToNull(values.get(2)),
                    blankToNull(values.get(3)), Base64.getDecoder().decode((String) values.get(4)));
            return Optional.of(new IdempotencyRecord(tenantId, key, (String) values.get(0), response, Instant.EPOCH));
        } catch (RuntimeException e) {
            log.warn("idempotency cache unavailable, asking Postgres: {}", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void put(IdempotencyRecord completed) {
        try {
            String redisKey = redisKey(completed.tenantId(), completed.key());
            StoredResponse response = completed.response();
            Map<String, String> fields = Map.of(
                    "hash", completed.requestHash(),
                    "status", Integer.toString(response.status()),
                    "type", nullToBlank(response.contentType()),
                    "location", nullToBlank(response.location()),
                    "body", Base64.getEncoder().encodeToString(response.body()));
            // one MULTI/EXEC, one round trip: the hash never exists without its expiry
            redis.execute(new SessionCallback<List<Object>>() {
                @Override
                @SuppressWarnings("unchecked")
                public <K, V> List<Object> execute(RedisOperations<K, V> operations) {
                    var strings = (RedisOperations<String, String>) operations;
                    strings.multi();
                    strings.opsForHash().putAll(redisKey, fields);
                    strings.expire(redisKey, retention);
                    return strings.exec();
                }
            });
        } catch (RuntimeException e) {
            log.warn("idempotency cache unavailable, record kept in Postgres only: {}", e.getMessage());
        }
    }

    private static String redisKey(String tenantId, String key) {
        // the key is the client's text: encoded, so no tenant can reach into another's namespace
        return "fp:idem:" + tenantId + ":" + Base64.getUrlEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static String blankToNull(Object value) {
        return value == null || ((String) value).isEmpty() ? null : (String) value;
    }

    private static String nullToBlank(String value) {
        return value == null ? "" : value;
    }
}
