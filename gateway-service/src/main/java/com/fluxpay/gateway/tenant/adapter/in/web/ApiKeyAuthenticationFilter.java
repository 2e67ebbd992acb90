package com.fluxpay.gateway.tenant.adapter.in.web;

import com.fluxpay.contracts.error.ErrorCode;
import com.fluxpay.gateway.http.Callers;
import com.fluxpay.gateway.http.ApiProblems;
import com.fluxpay.gateway.http.ApiRequestFilter;
import com.fluxpay.gateway.http.BearerToken;
import com.fluxpay.gateway.http.CorrelationFilter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fluxpay.gateway.tenant.application.AuthenticatingCallers;
import com.fluxpay.platform.event.EventContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;

/**
 * Every /api request carries {@code Authorization: Bearer fp_test_…} (or fp_live_…). The key decides
 * the tenant the whole request acts for; a missing, malformed, unknown or revoked key is a 401.
 */
public class ApiKeyAuthenticationFilter extends ApiRequestFilter {

    private final AuthenticatingCallers authenticating;

    public ApiKeyAuthenticationFilter(AuthenticatingCallers authenticating, ObjectMapper json) {
        super(json);
        this.authenticating = authenticating;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var caller = authenticating.authenticate(BearerToken.of(request));
        if (caller.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"fluxpay\"");
            refuse(response, ApiProblems.problem(ErrorCode.AUTH_001, "Send a valid API key as 'Authorization: Bearer fp_test_...'."));
            return;
        }
        Callers.set(request, caller.get());
        try (var scope = EventContext.startedBy(caller.get().tenantId(), CorrelationFilter.of(request))) {
            chain.doFilter(request, response);
        }
    }
}
