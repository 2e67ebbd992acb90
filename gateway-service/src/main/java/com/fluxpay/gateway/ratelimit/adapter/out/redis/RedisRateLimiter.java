package com.fluxpay.gateway.ratelimit.adapter.out.redis;

import com.fluxpay.gateway.ratelimit.application.port.RateLimiter;
import com.fluxpay.gateway.tenant.domain.Tenant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;

/**
 * The token bucket as a Lua script, so reading and updating it is one atomic step across instances.
 * If Redis is down the request is let through (and logged): a limiter outage should not take payments down.
 */
public class RedisRateLimiter implements RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimiter.class);

    @SuppressWarnings("rawtypes")
    private final DefaultRedisScript<List> script;
    private final StringRedisTemplate redis;

    public RedisRateLimiter(StringRedisTemplate redis) {
        this.redis = redis;
        this.script = new DefaultRedisScript<>();
        script.setLocation(new ClassPathResource("redis/token-bucket.lua"));
        script.setResultType(List.class);
    }

    @Override
    public Verdict take(String tenantId, Tenant.RateLimit limit) {
        try {
            List<?> result = redis.execute(script, List.of("fp:rl:" + tenantId),
                    Integer.toString(limit.perSecond()), Integer.toString(limit.burst()));
            return new Verdict(((Number) result.get(0)).longValue() == 1, ((Number) result.get(1)).longValue(),
                    ((Number) result.get(2)).longValue());
        } catch (RuntimeException e) {
            log.warn("rate limiter unavailable, letting the request through: {}", e.getMessage());
            return new Verdict(true, limit.burst(), 0);
        }
    }
}
