package com.fluxpay.gateway.http;

import jakarta.servlet.http.HttpServletRequest;

/** The token of an {@code Authorization: Bearer …} header, or null. */
public final class BearerToken {

    private BearerToken() {
    }

    public static String of(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
    }
}
