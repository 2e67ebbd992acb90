package com.fluxpay.gateway.order.application;

import com.fluxpay.gateway.command.TenantId;
import static com.fluxpay.gateway.order.application.OrderFixture.NOW;
import static com.fluxpay.gateway.order.application.OrderFixture.OTHER_TENANT;
import static com.fluxpay.gateway.order.application.OrderFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.gateway.order.application.OrderFixture.InMemoryOrders;
import com.fluxpay.gateway.order.domain.OrderView;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingOrdersTest {

    private final InMemoryOrders orders = new InMemoryOrders();
    private final ReadingOrders reading = new ReadingOrders(orders);

    /** Five orders a second apart, ord_1 the oldest; and one of another tenant. */
    private void fiveOrders() {
        for (int i = 1; i <= 5; i++) {
            orders.with(OrderFixture.order(TENANT, "ord_" + i, "PENDING", 100 * i, NOW.plusSeconds(i)));
        }
        orders.with(OrderFixture.order(OTHER_TENANT, "ord_theirs", "PENDING", 1, NOW.plusSeconds(9)));
    }

    @Test
    void paging_reads_one_row_more_and_gives_a_cursor_only_when_more_follow() {
        fiveOrders();

        var first = reading.list(TenantId.of(TENANT), null, 2);
        var whole = reading.list(TenantId.of(TENANT), null, 5);

        assertThat(first.items()).extracting(OrderView::id).containsExactly("ord_5", "ord_4");
        assertThat(first.nextCursor()).isNotNull();
        assertThat(whole.items()).hasSize(5);
        assertThat(whole.nextCursor()).isNull();
        assertThat(orders.listed).containsExactly(3, 6);
    }

    @Test
    void following_the_cursors_reads_every_order_once_newest_first() {
        fiveOrders();

        List<String> read = new ArrayList<>();
        String cursor = null;
        do {
            var page = reading.list(TenantId.of(TENANT), cursor, 2);
            page.items().forEach(order -> read.add(order.id()));
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(read).containsExactly("ord_5", "ord_4", "ord_3", "ord_2", "ord_1");
    }

    @Test
    void a_cursor_we_did_not_make_reads_from_the_start_and_no_limit_means_twenty() {
        fiveOrders();

        assertThat(reading.list(TenantId.of(TENANT), "garbage", null).items()).hasSize(5);
        assertThat(orders.listed).containsExactly(21);
    }

    @Test
    void another_tenants_order_does_not_exist_for_the_caller() {
        fiveOrders();

        assertThat(reading.find(TenantId.of(TENANT), "ord_1")).isPresent();
        assertThat(reading.find(TenantId.of(TENANT), "ord_theirs")).isEmpty();
    }
}
