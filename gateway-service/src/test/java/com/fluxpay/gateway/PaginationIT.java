package com.fluxpay.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.client.Order;
import com.fluxpay.client.Requests.NewOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaginationIT extends GatewayIntegrationTest {

    @Test
    void pages_of_orders_come_newest_first_without_gaps_or_repeats() throws Exception {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(0, merchant.createOrder(NewOrder.of(100 + i, "USD")).value().id());
        }
        List<String> read = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 5; page++) {
            var next = merchant.orders(cursor, 3).value();
            read.addAll(next.data().stream().map(Order::id).toList());
            assertThat(next.hasMore()).isEqualTo(next.nextCursor() != null);
            cursor = next.nextCursor();
            if (cursor == null) {
                break;
            }
        }

        assertThat(read).containsExactlyElementsOf(created);
        var empty = anotherTenant("empty").orders(null, null).value();
        assertThat(empty.data()).isEmpty();
        assertThat(empty.hasMore()).isFalse();
    }

    @Test
    void an_empty_list_has_no_next_page_and_a_foreign_cursor_is_ignored() throws Exception {
        var stranger = anotherTenant("stranger");

        var page = stranger.payments(null, 5).value();
        assertThat(page.data()).isEmpty();
        assertThat(page.hasMore()).isFalse();
        assertThat(stranger.payments("garbage", null).status()).isEqualTo(200);
    }
}
