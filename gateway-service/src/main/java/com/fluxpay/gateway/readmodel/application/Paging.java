package com.fluxpay.gateway.readmodel.application;

import com.fluxpay.gateway.readmodel.domain.Cursor;
import com.fluxpay.gateway.readmodel.domain.Page;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Cursor pagination, written once: reads one row more than the page holds (the extra row only says that more
 * follow) and makes the next cursor from the page's last item.
 */
public final class Paging {

    /** A list newest first: up to {@code rows} rows after the cursor (from the start when empty). */
    @FunctionalInterface
    public interface Keyset<T> {
        List<T> after(Optional<Cursor> after, int rows);
    }

    private Paging() {
    }

    public static <T> Page<T> page(String cursor, Integer limit, Keyset<T> keyset, Function<T, Cursor> cursorOf) {
        int size = Page.limit(limit);
        List<T> rows = keyset.after(Cursor.decode(cursor), size + 1);
        if (rows.size() <= size) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, size);
        return new Page<>(List.copyOf(items), cursorOf.apply(items.getLast()).encode());
    }
}
