package com.fluxpay.client;

import java.util.List;

/** One page of a list, newest first; pass {@code nextCursor} back for the next one. */
public record Page<T>(List<T> data, boolean hasMore, String nextCursor) {
}
