package com.fluxpay.gateway.http;

import com.fluxpay.gateway.readmodel.domain.Page;
import java.util.LinkedHashMap;
import java.util.Map;

/** A page as the API shows it: {@code {"data": [...], "hasMore": true, "nextCursor": "…"}}. */
public final class PageResource {

    private PageResource() {
    }

    public static Map<String, Object> of(Page<?> page) {
        var body = new LinkedHashMap<String, Object>();
        body.put("data", page.items());
        body.put("hasMore", page.hasMore());
        body.put("nextCursor", page.nextCursor());
        return body;
    }
}
