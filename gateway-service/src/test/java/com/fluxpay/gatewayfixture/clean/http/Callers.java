package com.fluxpay.gatewayfixture.clean.http;

import com.fluxpay.gatewayfixture.clean.tenant.domain.Caller;

/** Allowed: the HTTP kernel knows who is calling. */
public final class Callers {
    private Callers() {
    }

    public static Caller anonymous() {
        return new Caller("none");
    }
}
