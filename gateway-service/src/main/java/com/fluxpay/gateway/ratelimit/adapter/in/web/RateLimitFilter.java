package com.fluxpay.gateway.ratelimit.adapter.in.web;

import com.fluxpay.contracts.error.ErrorCode;
import com.fluxpay.gateway.http.ApiProblems;
import com.fluxpay.gateway.http.ApiRequestFilter;
import com.fluxpay.gateway.http.Callers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fluxpay.gateway.ratelimit.application.port.RateLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;

/** Per-tenant limits on /api: RateLimit-* headers on every answer, 429 with Retry-After past the limit. */
public class RateLimitFilter extends ApiRequestFilter {

    private final RateLimiter limiter;

    public RateLimitFilter(RateLimiter limiter, ObjectMapper json) {
        super(json);
        this.limiter = limiter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var caller = Callers.of(request);
        var verdict = limiter.take(caller.tenantId(), caller.rateLimit());
        response.setHeader("RateLimit-Limit", Integer.toString(caller.rateLimit().burst()));
        response.setHeader("RateLimit-Remaining", Long.toString(verdict.remaining()));
        if (!verdict.allowed()) {
            long seconds = Math.max(1, (verdict.retryAfterMillis() + 999) / 1000);
            response.setHeader("Retry-After", Long.toString(seconds));
            response.setHeader("RateLimit-Reset", Long.toString(seconds));
            refuse(response, ApiProblems.problem(ErrorCode.RATE_001, "This tenant's rate limit is " + caller.rateLimit().perSecond()
                            + " requests per second (bursts of " + caller.rateLimit().burst() + "); retry after "
                            + seconds + " s."));
            return;
        }
        chain.doFilter(request, response);
    }
}
