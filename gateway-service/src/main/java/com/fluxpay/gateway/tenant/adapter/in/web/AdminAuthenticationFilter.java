package com.fluxpay.gateway.tenant.adapter.in.web;

import com.fluxpay.contracts.error.ErrorCode;
import com.fluxpay.gateway.http.ApiProblems;
import com.fluxpay.gateway.http.BearerToken;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The operator's API (/admin) takes the admin token from configuration ({@code FLUXPAY_ADMIN_TOKEN}).
 * Without one configured the admin API is off: there is no default credential to forget to change.
 */
public class AdminAuthenticationFilter extends OncePerRequestFilter {

    private final byte[] adminToken;
    private final ObjectMapper json;

    public AdminAuthenticationFilter(String adminToken, ObjectMapper json) {
        this.adminToken = adminToken == null ? new byte[0] : adminToken.getBytes(StandardCharsets.UTF_8);
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/admin/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (adminToken.length == 0) {
            ApiProblems.write(response, json, ApiProblems.problem(ErrorCode.AUTH_003, "Set FLUXPAY_ADMIN_TOKEN on the gateway to use the admin API."));
            return;
        }
        String presented = BearerToken.of(request);
        // constant-time, so the comparison does not tell an attacker how much of a guess was right
        if (presented == null || !MessageDigest.isEqual(adminToken, presented.getBytes(StandardCharsets.UTF_8))) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"fluxpay-admin\"");
            ApiProblems.write(response, json, ApiProblems.problem(ErrorCode.AUTH_002, "The admin API takes 'Authorization: Bearer <admin token>'."));
            return;
        }
        chain.doFilter(request, response);
    }
}
