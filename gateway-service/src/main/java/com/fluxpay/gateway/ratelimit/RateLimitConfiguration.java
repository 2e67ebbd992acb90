package com.fluxpay.gateway.ratelimit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fluxpay.gateway.http.FilterChain;
import com.fluxpay.gateway.ratelimit.adapter.in.web.RateLimitFilter;
import com.fluxpay.gateway.ratelimit.adapter.out.redis.RedisRateLimiter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Per-tenant rate limits: a token bucket in Redis. */
@Configuration
public class RateLimitConfiguration {

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(StringRedisTemplate redis, ObjectMapper json) {
        return FilterChain.RATE_LIMIT.register(new RateLimitFilter(new RedisRateLimiter(redis), json));
    }
}
