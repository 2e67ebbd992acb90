package com.fluxpay.gateway.tenant.domain;

/** Test keys reach sandbox PSPs and test endpoints only; live keys move real money. */
public enum KeyMode {
    TEST, LIVE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
