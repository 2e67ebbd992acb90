package com.fluxpay.gateway.idempotency.adapter.in.web;

import com.fluxpay.contracts.error.ErrorCode;
import com.fluxpay.gateway.http.IdempotencyKeys;
import com.fluxpay.gateway.http.ApiProblems;
import com.fluxpay.gateway.http.ApiRequestFilter;
import com.fluxpay.gateway.http.Callers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fluxpay.gateway.idempotency.application.ApplyingIdempotency;
import com.fluxpay.gateway.idempotency.domain.IdempotencyDecision;
import com.fluxpay.gateway.idempotency.domain.RequestFingerprint;
import com.fluxpay.gateway.idempotency.domain.StoredResponse;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Idempotency-Key on POST /api/**: the first answer is stored and replayed byte for byte; the same key
 * with a different request is 422 (IDEM_002); while the first is still running, 409 (IDEM_001). Keys are
 * per tenant and kept at least 24 hours. A 5xx is not stored: the client may retry it.
 */
public class IdempotencyFilter extends ApiRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final int MAX_BODY = 1024 * 1024;

    private final ApplyingIdempotency idempotency;

    public IdempotencyFilter(ApplyingIdempotency idempotency, ObjectMapper json) {
        super(json);
        this.idempotency = idempotency;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return super.shouldNotFilter(request) || !"POST".equals(request.getMethod())
                || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            refuse(response, ApiProblems.problem(ErrorCode.IDEM_003, "An Idempotency-Key is 1 to 255 visible ASCII characters."));
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            refuse(response, ApiProblems.problem(ErrorCode.REQ_003, "Request bodies are limited to 1 MiB."));
            return;
        }
        String tenantId = Callers.of(request).tenantId();
        String hash = RequestFingerprint.of(request.getMethod(), request.getRequestURI(), body);
        switch (idempotency.begin(tenantId, key, hash)) {
            case IdempotencyDecision.Replay replay -> replay(replay.response(), response);
            case IdempotencyDecision.InFlight inFlight -> refuse(response, ApiProblems.problem(ErrorCode.IDEM_001, "A request with this Idempotency-Key is still being processed; retry shortly."));
            case IdempotencyDecision.KeyReused reused -> refuse(response, ApiProblems.problem(ErrorCode.IDEM_002, "This Idempotency-Key was used for a different request; use a new key for a new request."));
            case IdempotencyDecision.Proceed proceed -> run(request, response, chain, tenantId, key, hash, body);
            case IdempotencyDecision.TakeOver takeOver -> run(request, response, chain, tenantId, key, hash, body);
        }
    }

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String tenantId,
                     String key, String hash, byte[] body) throws ServletException, IOException {
        var capturing = new ContentCachingResponseWrapper(response);
        IdempotencyKeys.set(request, key);
        try {
            chain.doFilter(new CachedBody(request, body), capturing);
        } catch (ServletException | IOException | RuntimeException e) {
            idempotency.release(tenantId, key);
            throw e;
        }
        if (capturing.getStatus() >= 500) {
            idempotency.release(tenantId, key);
        } else {
            idempotency.complete(tenantId, key, hash, new StoredResponse(capturing.getStatus(),
                    capturing.getContentType(), capturing.getHeader("Location"), capturing.getContentAsByteArray()));
        }
        capturing.copyBodyToResponse();
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader("Location", stored.location());
        }
        response.setHeader("Idempotent-Replayed", "true");
        response.setContentLength(stored.body().length);
        response.getOutputStream().write(stored.body());
    }

    /** The request with its body already read (to fingerprint it), readable again by the controller. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
