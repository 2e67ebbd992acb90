package com.fluxpay.gateway.http;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;

/**
 * The gateway's servlet filters, in the order a request meets them; the one place that order is written. Each
 * capability registers its own filter under its row.
 */
public enum FilterChain {

    /** First, so that even a refused request can be traced. */
    CORRELATION,
    ADMIN_AUTHENTICATION,
    /** Then who is calling: every filter below knows the tenant. */
    API_KEY_AUTHENTICATION,
    /** Before idempotency: a replayed answer still spends the tenant's budget. */
    RATE_LIMIT,
    IDEMPOTENCY;

    public <F extends Filter> FilterRegistrationBean<F> register(F filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10 * (ordinal() + 1));
        return registration;
    }
}
