package com.fluxpay.gateway.adapter.in.web;

import com.fluxpay.gateway.domain.paging.Page;
import java.util.LinkedHashMap;
import java.util.Map;

/** A page as the API shows it: {@code {"data": [...], "hasMore": true, "nextCursor": "…"}}. */
final class PageResource {

    private PageResource() {
    }

    static Map<String, Object> of(Page<?> page) {
        var body = new LinkedHashMap<String, Object>();
        body.put("data", page.items());
        body.put("hasMore", page.hasMore());
        body.put("nextCursor", page.nextCursor());
        return body;
    }
}
