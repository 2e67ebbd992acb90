package com.fluxpay.gateway.application;

import com.fluxpay.gateway.domain.paging.Cursor;
import com.fluxpay.gateway.domain.paging.Page;
import java.util.List;
import java.util.function.Function;

/** Turns "limit + 1 rows" into a page: the extra row only says that more follow. */
final class Paging {

    private Paging() {
    }

    static <T> Page<T> page(List<T> rows, int limit, Function<T, Cursor> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(List.copyOf(items), cursorOf.apply(items.getLast()).encode());
    }
}
