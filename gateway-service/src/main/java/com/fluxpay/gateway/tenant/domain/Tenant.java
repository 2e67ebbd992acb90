package com.fluxpay.gateway.tenant.domain;

import java.time.Instant;

/** A merchant using FluxPay. Every object belongs to one; other tenants cannot see it. */
public record Tenant(String id, String name, RateLimit rateLimit, Instant createdAt) {

    /** Requests per second sustained, and how many may come at once. */
    public record RateLimit(int perSecond, int burst) {

        public RateLimit {
            if (perSecond <= 0 || burst <= 0) {
                throw new IllegalArgumentException("a rate limit lets something through: " + perSecond + "/" + burst);
            }
        }
    }
}
