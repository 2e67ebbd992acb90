package com.fluxpay.gatewayfixture.broken.order;

/** Breaks "a capability's root holds only its configuration": a helper beside the configuration. */
public final class OrderHelpers {
    private OrderHelpers() {
    }
}
