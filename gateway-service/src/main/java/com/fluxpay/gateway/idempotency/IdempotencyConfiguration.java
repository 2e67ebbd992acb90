package com.fluxpay.gateway.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fluxpay.gateway.http.FilterChain;
import com.fluxpay.gateway.idempotency.adapter.in.scheduling.IdempotencyJanitor;
import com.fluxpay.gateway.idempotency.adapter.in.web.IdempotencyFilter;
import com.fluxpay.gateway.idempotency.adapter.out.persistence.JdbcIdempotencyRecords;
import com.fluxpay.gateway.idempotency.adapter.out.redis.RedisIdempotencyCache;
import com.fluxpay.gateway.idempotency.application.ApplyingIdempotency;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Idempotency-Key: Redis in front, Postgres behind, a janitor for expired records. */
@Configuration
public class IdempotencyConfiguration {

    @Bean
    ApplyingIdempotency applyingIdempotency(JdbcTemplate jdbc, StringRedisTemplate redis, Clock clock,
                                            @Value("${fluxpay.gateway.idempotency.claim-lease}") Duration lease,
                                            @Value("${fluxpay.gateway.idempotency.retention}") Duration retention) {
        return new ApplyingIdempotency(new JdbcIdempotencyRecords(jdbc), new RedisIdempotencyCache(redis, retention),
                clock, lease, retention);
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(ApplyingIdempotency idempotency, ObjectMapper json) {
        return FilterChain.IDEMPOTENCY.register(new IdempotencyFilter(idempotency, json));
    }

    @Bean
    IdempotencyJanitor idempotencyJanitor(ApplyingIdempotency idempotency) {
        return new IdempotencyJanitor(idempotency);
    }
}
