package com.fluxpay.gateway.http;

import com.fluxpay.gateway.tenant.domain.Caller;
import jakarta.servlet.http.HttpServletRequest;

/** Where the authenticated caller of a request is kept, for controllers to read. */
public final class Callers {

    private static final String ATTRIBUTE = "fluxpay.caller";

    private Callers() {
    }

    public static void set(HttpServletRequest request, Caller caller) {
        request.setAttribute(ATTRIBUTE, caller);
    }

    public static Caller of(HttpServletRequest request) {
        Object caller = request.getAttribute(ATTRIBUTE);
        if (caller == null) {
            // the authentication filter guards every /api path; reaching here without it is a wiring bug
            throw new IllegalStateException("no authenticated caller on " + request.getRequestURI());
        }
        return (Caller) caller;
    }
}
