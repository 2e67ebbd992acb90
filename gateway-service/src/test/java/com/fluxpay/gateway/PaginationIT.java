package com.fluxpay.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PaginationIT extends GatewayIntegrationTest {

    private static final Pattern ORDER_ID = Pattern.compile("\"id\":\"(ord_[^\"]+)\"");
    private static final Pattern NEXT = Pattern.compile("\"nextCursor\":\"([^\"]+)\"");

    private static List<String> ids(String body) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = ORDER_ID.matcher(body);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    @Test
    void pages_of_orders_come_newest_first_without_gaps_or_repeats() throws Exception {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(0, GatewayClient.idOf(merchant.post("/api/v1/orders", "{\"amount\":" + (100 + i)
                    + ",\"currency\":\"USD\"}").body()));
        }
        List<String> read = new ArrayList<>();
        String path = "/api/v1/orders?limit=3";
        for (int page = 0; page < 5 && path != null; page++) {
            String body = merchant.get(path).body();
            read.addAll(ids(body));
            Matcher next = NEXT.matcher(body);
            path = next.find() ? "/api/v1/orders?limit=3&cursor=" + next.group(1) : null;
        }

        assertThat(read).containsExactlyElementsOf(created);
        assertThat(GatewayClient.forNewTenant(port, "empty").get("/api/v1/orders").body())
                .contains("\"data\":[]", "\"hasMore\":false");
    }

    @Test
    void an_empty_list_has_no_next_page_and_a_foreign_cursor_is_ignored() throws Exception {
        var stranger = GatewayClient.forNewTenant(port, "stranger");

        assertThat(stranger.get("/api/v1/payments?limit=5").body()).contains("\"data\":[]", "\"hasMore\":false");
        assertThat(stranger.get("/api/v1/payments?cursor=garbage").statusCode()).isEqualTo(200);
    }
}
