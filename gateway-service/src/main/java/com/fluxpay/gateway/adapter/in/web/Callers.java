package com.fluxpay.gateway.adapter.in.web;

import com.fluxpay.gateway.domain.tenant.Caller;
import jakarta.servlet.http.HttpServletRequest;

/** Where the authenticated caller of a request is kept, for controllers to read. */
final class Callers {

    private static final String ATTRIBUTE = "fluxpay.caller";

    private Callers() {
    }

    static void set(HttpServletRequest request, Caller caller) {
        request.setAttribute(ATTRIBUTE, caller);
    }

    static Caller of(HttpServletRequest request) {
        Object caller = request.getAttribute(ATTRIBUTE);
        if (caller == null) {
            // the authentication filter guards every /api path; reaching here without it is a wiring bug
            throw new IllegalStateException("no authenticated caller on " + request.getRequestURI());
        }
        return (Caller) caller;
    }
}
