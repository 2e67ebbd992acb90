package com.fluxpay.gateway.order.application;

import com.fluxpay.gateway.command.TenantId;
import static com.fluxpay.gateway.order.application.OrderFixture.CLOCK;
import static com.fluxpay.gateway.order.application.OrderFixture.NOW;
import static com.fluxpay.gateway.order.application.OrderFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.gateway.command.CommandOutcome;
import com.fluxpay.gateway.command.Violation;
import com.fluxpay.gateway.order.application.OrderFixture.InMemoryOrders;
import com.fluxpay.gateway.order.application.OrderFixture.SentOrderCommands;
import com.fluxpay.gateway.order.domain.OrderRequest;
import com.fluxpay.gateway.order.domain.OrderView;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestingOrderTest {

    private final InMemoryOrders orders = new InMemoryOrders();
    private final SentOrderCommands sent = new SentOrderCommands(orders);
    private final RequestingOrder requesting = new RequestingOrder(sent, orders, CLOCK, OrderFixture.shortWait());

    private static RequestOrderCommand request(long amount, String key) {
        return new RequestOrderCommand(TenantId.of(TENANT), new OrderRequest(amount, "KRW", "a cup", Map.of("sku", "c-1")), key);
    }

    @Test
    void an_invalid_order_request_sends_nothing() {
        var outcome = requesting.request(new RequestOrderCommand(TenantId.of(TENANT),
                new OrderRequest(-1L, "XYZ", null, null), "key-1"));

        assertThat(outcome).isInstanceOf(CommandOutcome.Invalid.class);
        assertThat(((CommandOutcome.Invalid<OrderView>) outcome).violations()).extracting(Violation::field)
                .containsExactly("amount", "currency");
        assertThat(sent.creations).isEmpty();
    }

    @Test
    void a_retry_with_the_same_key_names_the_same_order() {
        var first = (CommandOutcome.Accepted<OrderView>) requesting.request(request(15_000, "key-1"));
        var retry = (CommandOutcome.Accepted<OrderView>) requesting.request(request(15_000, "key-1"));
        var other = (CommandOutcome.Accepted<OrderView>) requesting.request(request(15_000, "key-2"));

        assertThat(first.id()).startsWith("ord_").isEqualTo(retry.id()).isNotEqualTo(other.id());
    }

    @Test
    void an_order_not_opened_within_the_wait_is_accepted_without_a_body_and_was_sent_as_asked() {
        var outcome = requesting.request(request(15_000, "key-1"));

        assertThat(outcome).isInstanceOf(CommandOutcome.Accepted.class);
        assertThat(((CommandOutcome.Accepted<OrderView>) outcome).result()).isNull();
        assertThat(sent.creations).singleElement().satisfies(order -> {
            assertThat(order.amount()).isEqualTo(15_000);
            assertThat(order.tenantId()).isEqualTo(TENANT);
            assertThat(order.metadata()).containsEntry("sku", "c-1");
            assertThat(order.requestedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void an_order_payment_service_opens_in_time_is_done_and_created() {
        sent.answeringCreation(orderId -> orders.markCreated(OrderFixture.order(orderId, "PENDING", 15_000), 1));

        var outcome = requesting.request(request(15_000, "key-1"));

        assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Done.class, done -> {
            assertThat(done.created()).isTrue();
            assertThat(((OrderView) done.result()).status()).isEqualTo("PENDING");
        });
    }

    @Test
    void an_order_payment_service_rejects_is_refused_under_its_code_and_shows_the_order() {
        sent.answeringCreation(orderId -> orders.markRejected(orderId, TENANT, "ORD_003", "TOO_LARGE", NOW));

        var outcome = requesting.request(request(99_000_000, "key-1"));

        assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo("ORD_003");
            assertThat(refused.detail()).contains("TOO_LARGE");
            assertThat(((OrderView) refused.subject()).status()).isEqualTo(OrderView.REJECTED);
        });
    }
}
