package com.fluxpay.gateway.ratelimit.application.port;

import com.fluxpay.gateway.tenant.domain.Tenant;

/** A token bucket per tenant, shared by every gateway instance. */
public interface RateLimiter {

    Verdict take(String tenantId, Tenant.RateLimit limit);

    /** {@code retryAfterMillis} is how long until a token is there again (0 when allowed). */
    record Verdict(boolean allowed, long remaining, long retryAfterMillis) {
    }
}
