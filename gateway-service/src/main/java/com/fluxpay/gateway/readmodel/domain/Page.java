package com.fluxpay.gateway.readmodel.domain;

import java.util.List;

/** One page of a list, newest first, and the cursor of the next page when there is one. */
public record Page<T>(List<T> items, String nextCursor) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public <R> Page<R> map(java.util.function.Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }

    public boolean hasMore() {
        return nextCursor != null;
    }

    public static int limit(Integer requested) {
        return requested == null ? DEFAULT_LIMIT : Math.max(1, Math.min(MAX_LIMIT, requested));
    }
}
