package com.fluxpay.credit.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Which grant's credits are drawn first, as data a tenant can change: a new order is a new version, and every
 * draw records the version it used so an old movement can always be explained. The grant id breaks every
 * remaining tie, so the order is total and a draw-down is the same wherever it is computed.
 */
public record DrawDownOrder(int version, List<DrawKey> keys) {

    /** Priority, then earliest expiry (no expiry last), then oldest, then id. */
    public static final DrawDownOrder DEFAULT = new DrawDownOrder(1, List.of(DrawKey.PRIORITY, DrawKey.EXPIRY,
            DrawKey.OLDEST));

    public DrawDownOrder {
        Objects.requireNonNull(keys, "keys");
        keys = List.copyOf(keys);
        if (version < 1) {
            throw new IllegalArgumentException("a draw-down order's version starts at 1: " + version);
        }
        if (keys.stream().distinct().count() != keys.size()) {
            throw new IllegalArgumentException("a draw key appears twice in " + keys);
        }
        if (keys.contains(DrawKey.FREE_FIRST) && keys.contains(DrawKey.PAID_FIRST)) {
            throw new IllegalArgumentException("free first and paid first contradict each other");
        }
    }

    public Comparator<Grant> comparator() {
        Comparator<Grant> order = (a, b) -> 0;
        for (DrawKey key : keys) {
            order = order.thenComparing(key.comparator());
        }
        return order.thenComparing(Grant::id);
    }
}
