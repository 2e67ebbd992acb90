package com.fluxpay.notification.domain;

import java.util.Optional;

/** {@code test} endpoints may point at the merchant's own machine; {@code live} ones only at public addresses. */
public enum EndpointMode {
    TEST, LIVE;

    public static Optional<EndpointMode> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "test" -> Optional.of(TEST);
            case "live" -> Optional.of(LIVE);
            default -> Optional.empty();
        };
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
