package com.fluxpay.gateway.order.application;

import com.fluxpay.gateway.command.TenantId;
import com.fluxpay.gateway.readmodel.domain.Stated;
import static com.fluxpay.gateway.order.application.OrderFixture.CLOCK;
import static com.fluxpay.gateway.order.application.OrderFixture.NOW;
import static com.fluxpay.gateway.order.application.OrderFixture.TENANT;
import static com.fluxpay.gateway.order.application.OrderFixture.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.gateway.command.CommandOutcome;
import com.fluxpay.gateway.order.application.RequestingOrderChange.OrderChange;
import com.fluxpay.gateway.order.application.OrderFixture.InMemoryOrders;
import com.fluxpay.gateway.order.application.OrderFixture.SentOrderCommands;
import com.fluxpay.gateway.order.domain.OrderCommandView;
import com.fluxpay.gateway.order.domain.OrderCommandView.Kind;
import com.fluxpay.gateway.order.domain.OrderView;
import org.junit.jupiter.api.Test;

class RequestingOrderChangeTest {

    private final InMemoryOrders orders = new InMemoryOrders().with(order("ord_paid", "PAID", 5_000),
            order("ord_done", OrderView.COMPLETED, 5_000));
    private final SentOrderCommands sent = new SentOrderCommands(orders);
    private final RequestingOrderChange changing = new RequestingOrderChange(orders, sent, CLOCK, OrderFixture.shortWait());

    @Test
    void changing_an_order_that_does_not_exist_is_not_found_and_sends_nothing() {
        var outcome = changing.change(TenantId.of(TENANT), "ord_missing", Kind.CANCEL, null, "key-1");

        assertThat(outcome).isEqualTo(CommandOutcome.notFound("Order", "ord_missing"));
        assertThat(sent.changes).isEmpty();
    }

    @Test
    void another_tenants_order_is_not_found_either() {
        assertThat(changing.change(TenantId.of("ten_other"), "ord_paid", Kind.COMPLETE, null, "key-1"))
                .isInstanceOf(CommandOutcome.NotFound.class);
        assertThat(sent.changes).isEmpty();
    }

    @Test
    void completing_a_completed_order_is_done_again_and_sends_nothing() {
        var outcome = changing.change(TenantId.of(TENANT), "ord_done", Kind.COMPLETE, null, "key-1");

        assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Done.class, done -> {
            assertThat(done.created()).isFalse();
            assertThat(((OrderChange) done.result()).order().status()).isEqualTo(OrderView.COMPLETED);
        });
        assertThat(sent.changes).isEmpty();
    }

    @Test
    void a_completion_payment_service_carries_out_in_time_is_done_with_the_order() {
        sent.answeringChange(command -> orders.markStated(command.orderId(), new Stated("COMPLETED", 3, NOW)));

        var outcome = changing.change(TenantId.of(TENANT), "ord_paid", Kind.COMPLETE, null, "key-1");

        assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Done.class, done -> {
            var change = (OrderChange) done.result();
            assertThat(change.order().status()).isEqualTo(OrderView.COMPLETED);
            assertThat(change.command()).isNull();
        });
        assertThat(sent.changes).singleElement().extracting(OrderCommandView::id).asString().startsWith("ocm_");
    }

    @Test
    void a_cancel_payment_service_refuses_answers_with_its_code_the_order_and_the_command() {
        sent.answeringChange(command -> orders.markCommandRejected(command.id(), "ORD_004", "ALREADY_COMPLETED", NOW));

        var outcome = changing.change(TenantId.of(TENANT), "ord_paid", Kind.CANCEL, "too late", "key-1");

        assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo("ORD_004");
            assertThat(refused.detail()).isEqualTo("Payment-service refused to cancel the order: ALREADY_COMPLETED");
            var change = (OrderChange) refused.subject();
            assertThat(change.order().id()).isEqualTo("ord_paid");
            assertThat(change.command().status()).isEqualTo(OrderCommandView.REJECTED);
        });
        assertThat(sent.reasons).containsExactly("too late");
    }

    @Test
    void a_cancel_not_settled_within_the_wait_is_accepted_with_the_order_as_last_seen_and_the_command_as_sent() {
        var outcome = changing.change(TenantId.of(TENANT), "ord_paid", Kind.CANCEL, "service failed", "key-1");

        assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Accepted.class, accepted -> {
            assertThat(accepted.id()).isEqualTo("ord_paid");
            var change = (OrderChange) accepted.result();
            assertThat(change.order().status()).isEqualTo("PAID");
            assertThat(change.command().kind()).isEqualTo(Kind.CANCEL);
            assertThat(change.command().status()).isEqualTo(OrderCommandView.REQUESTED);
            assertThat(change.command().id()).startsWith("ocl_");
            assertThat(change.command().requestedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void a_retry_with_the_same_key_sends_the_same_command() {
        changing.change(TenantId.of(TENANT), "ord_paid", Kind.CANCEL, null, "key-1");
        changing.change(TenantId.of(TENANT), "ord_paid", Kind.CANCEL, null, "key-1");

        assertThat(sent.changes).extracting(OrderCommandView::id).hasSize(2).containsOnly(sent.changes.getFirst().id());
    }
}
