package com.fluxpay.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/** A filter on the merchant API (/api/**) that may refuse a request with a problem. */
public abstract class ApiRequestFilter extends OncePerRequestFilter {

    private final ObjectMapper json;

    protected ApiRequestFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    protected void refuse(HttpServletResponse response, ProblemDetail problem) throws IOException {
        ApiProblems.write(response, json, problem);
    }
}
