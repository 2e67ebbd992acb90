package com.fluxpay.payment.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.payment.domain.OrderStatus;
import org.junit.jupiter.api.Test;

class JpaOrdersTest {

    @Test
    void a_canceled_order_is_stored_in_the_spelling_pods_of_the_previous_release_can_read() {
        assertThat(JpaOrders.stored(OrderStatus.CANCELED)).isEqualTo("CANCELLED");
        assertThat(JpaOrders.stored(OrderStatus.PAID)).isEqualTo("PAID");
    }

    @Test
    void both_spellings_of_canceled_are_read_so_a_later_release_can_rewrite_the_rows() {
        assertThat(JpaOrders.status("CANCELLED")).isEqualTo(OrderStatus.CANCELED);
        assertThat(JpaOrders.status("CANCELED")).isEqualTo(OrderStatus.CANCELED);
        for (OrderStatus status : OrderStatus.values()) {
            assertThat(JpaOrders.status(JpaOrders.stored(status))).isEqualTo(status);
        }
    }
}
