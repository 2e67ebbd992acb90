package com.fluxpay.gatewayfixture.broken.http;

import com.fluxpay.gatewayfixture.broken.tenant.domain.Caller;

/** Allowed: the HTTP kernel knows who is calling. */
public final class Callers {
    private Callers() {
    }

    public static Caller anonymous() {
        return new Caller("none");
    }
}
