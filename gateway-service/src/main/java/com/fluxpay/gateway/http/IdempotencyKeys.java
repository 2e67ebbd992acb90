package com.fluxpay.gateway.http;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The Idempotency-Key of a request, once the idempotency filter has checked it and claimed it: what a
 * controller derives the new resource's id from, so that a retry names the same resource. Null without one.
 */
public final class IdempotencyKeys {

    private static final String ATTRIBUTE = "fluxpay.idempotencyKey";

    private IdempotencyKeys() {
    }

    public static void set(HttpServletRequest request, String key) {
        request.setAttribute(ATTRIBUTE, key);
    }

    public static String of(HttpServletRequest request) {
        return (String) request.getAttribute(ATTRIBUTE);
    }
}
