package com.fluxpay.ledger.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fluxpay.ledger.application.port.TrackedOrders;
import com.fluxpay.ledger.domain.TrackedOrder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrackingOrderTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private final Map<String, TrackedOrder> stored = new HashMap<>();
    private final TrackedOrders orders = new TrackedOrders() {
        @Override
        public boolean contains(String orderId) {
            return stored.containsKey(orderId);
        }

        @Override
        public void add(TrackedOrder order) {
            stored.put(order.orderId(), order);
        }
    };

    private TrackingOrder trackingAt(Instant now) {
        return new TrackingOrder(orders, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void an_order_announced_again_keeps_what_the_ledger_first_saw() {
        var command = new TrackOrderCommand("ord_1", "tenant-a", 15_000, "KRW", "PENDING");

        assertThat(trackingAt(NOW).track(command)).isTrue();
        assertThat(trackingAt(NOW.plusSeconds(60)).track(command)).isFalse();

        assertThat(stored.get("ord_1").firstSeenAt()).isEqualTo(NOW);
        assertThat(stored.get("ord_1").amount()).isEqualTo(15_000);
        assertThat(stored.get("ord_1").currency().getCurrencyCode()).isEqualTo("KRW");
    }

    @Test
    void an_order_announced_for_nothing_is_a_broken_contract_and_is_not_tracked() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                trackingAt(NOW).track(new TrackOrderCommand("ord_2", "tenant-a", 0, "KRW", "PENDING")));
        assertThat(stored).isEmpty();
    }
}
