package com.fluxpay.payment.adapter.out.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.payment.domain.OrderStatus;
import com.fluxpay.payment.domain.PaymentState;
import org.junit.jupiter.api.Test;

class PublicStatusTest {

    @Test
    void every_payment_state_is_published_as_the_contract_state_of_the_same_name() {
        assertThat(PaymentState.values()).allSatisfy(state ->
                assertThat(PublicStatus.of(state).name()).isEqualTo(state.name()));
        assertThat(com.fluxpay.contracts.payment.PaymentStatus.values()).hasSameSizeAs(PaymentState.values());
    }

    @Test
    void every_order_status_is_published_as_the_contract_status_of_the_same_name() {
        assertThat(OrderStatus.values()).allSatisfy(status ->
                assertThat(PublicStatus.of(status).name()).isEqualTo(status.name()));
        assertThat(com.fluxpay.contracts.order.OrderStatus.values()).hasSameSizeAs(OrderStatus.values());
    }
}
