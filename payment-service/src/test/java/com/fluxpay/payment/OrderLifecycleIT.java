package com.fluxpay.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.payment.CaptureMode;
import com.fluxpay.platform.event.CloudEventHeaders;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Orders after they are opened: completed by the tenant, or canceled, giving the money back when it was paid. */
class OrderLifecycleIT extends PaymentServiceScenario {

    private long orderEvents(Checkout checkout, String type) {
        return probe.eventsWithKey(Topics.ORDER_EVENTS, checkout.orderId).stream()
                .filter(r -> type.equals(CloudEventHeaders.optional(r.headers(), CloudEventHeaders.TYPE, null)))
                .count();
    }

    @Test
    void a_paid_order_is_completed_once_however_often_it_is_asked() {
        var checkout = new Checkout(probe, 9_000).approved(CaptureMode.AUTOMATIC);
        checkout.awaitOrderEvent("order.paid");

        checkout.completeOrder("cmp-1-" + checkout.orderId);
        checkout.completeOrder("cmp-2-" + checkout.orderId);

        assertThat(checkout.awaitOrderEvent("order.completed").value())
                .contains("\"commandId\":\"cmp-1-" + checkout.orderId + "\"");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> orderEvents(checkout, "order.completed") == 1);
        assertThat(rows.orderStatus(checkout)).isEqualTo("COMPLETED");
    }

    @Test
    void completing_an_order_that_was_not_paid_is_rejected_with_ORD_004_and_changes_nothing() {
        var checkout = new Checkout(probe, 9_000).opened();

        checkout.completeOrder("cmp-" + checkout.orderId);

        assertThat(checkout.awaitOrderEvent("order.command.rejected").value())
                .contains("\"code\":\"ORD_004\"", "\"reason\":\"NOT_PAID\"");
        assertThat(rows.orderStatus(checkout)).isEqualTo("PENDING");
    }

    @Test
    void a_pending_order_is_canceled_at_once_and_a_payment_for_it_afterwards_is_refused_without_a_charge() {
        var checkout = new Checkout(probe, 9_000).opened();

        checkout.cancelOrder("ccl-" + checkout.orderId);
        assertThat(checkout.awaitOrderEvent("order.canceled").value())
                .contains("\"cause\":\"CANCELED_BEFORE_PAYMENT\"", "\"reason\":\"service failed\"");
        checkout.confirm("tok_approve", CaptureMode.AUTOMATIC);

        assertThat(checkout.awaitPaymentEvent("payment.failed").value()).contains("\"code\":\"PAY_004\"");
        assertThat(checkout.chargesAtPsp()).isZero();
        assertThat(rows.orderStatus(checkout)).isEqualTo("CANCELLED");
    }

    @Test
    void cancelling_a_paid_order_voids_what_is_open_refunds_what_was_captured_and_then_cancels_it() {
        var checkout = new Checkout(probe, 10_000).approved(CaptureMode.MANUAL);
        checkout.capture("cap-" + checkout.paymentId, 4_000);
        checkout.awaitPaymentEvent("payment.captured");

        checkout.cancelOrder("ccl-" + checkout.orderId);

        assertThat(checkout.awaitPaymentEvent("payment.canceled").value()).contains("\"releasedAmount\":6000");
        assertThat(checkout.awaitPaymentEvent("payment.refunded").value()).contains("\"amount\":4000");
        assertThat(checkout.awaitOrderEvent("order.canceled").value()).contains("\"cause\":\"PAYMENT_RETURNED\"",
                "\"reason\":\"order canceled: service failed\"");
        assertThat(checkout.operationsAtPsp("refunds")).isOne();
        assertThat(rows.state(checkout)).isEqualTo("REFUNDED");
        assertThat(rows.orderStatus(checkout)).isEqualTo("CANCELLED");
    }

    @Test
    void a_paid_order_is_canceled_when_the_tenant_voids_its_payment_directly() {
        var checkout = new Checkout(probe, 7_000).approved(CaptureMode.MANUAL);

        checkout.cancel("void-" + checkout.paymentId);

        assertThat(checkout.awaitOrderEvent("order.canceled").value()).contains("\"cause\":\"PAYMENT_RETURNED\"",
                "\"reason\":\"out of stock\"");
        assertThat(rows.orderStatus(checkout)).isEqualTo("CANCELLED");
    }

    @Test
    void a_partial_refund_keeps_the_order_paid() {
        var checkout = new Checkout(probe, 7_000).approved(CaptureMode.AUTOMATIC);

        checkout.refund("re-" + checkout.paymentId, 1_000);
        checkout.awaitPaymentEvent("payment.refunded");

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> orderEvents(checkout, "order.canceled") == 0);
        assertThat(rows.orderStatus(checkout)).isEqualTo("PAID");
    }

    @Test
    void a_completed_order_is_not_canceled_but_its_payment_can_still_be_refunded() {
        var checkout = new Checkout(probe, 7_000).approved(CaptureMode.AUTOMATIC);
        checkout.completeOrder("cmp-" + checkout.orderId);
        checkout.awaitOrderEvent("order.completed");

        checkout.cancelOrder("ccl-" + checkout.orderId);
        assertThat(checkout.awaitOrderEvent("order.command.rejected").value())
                .contains("\"code\":\"ORD_004\"", "\"reason\":\"ALREADY_COMPLETED\"");
        checkout.refund("re-" + checkout.paymentId, 7_000);
        checkout.awaitPaymentEvent("payment.refunded");

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> orderEvents(checkout, "order.canceled") == 0);
        assertThat(rows.orderStatus(checkout)).isEqualTo("COMPLETED");
    }

    @Test
    void an_order_whose_payment_outcome_is_unknown_is_not_canceled_ORD_005_until_it_is_resolved() {
        var checkout = new Checkout(probe, 7_000).opened();
        checkout.confirm("tok_timeout", CaptureMode.AUTOMATIC);
        rows.awaitState(checkout, "UNKNOWN");

        checkout.cancelOrder("ccl-" + checkout.orderId);

        assertThat(checkout.awaitOrderEvent("order.command.rejected").value()).contains("\"code\":\"ORD_005\"");
        assertThat(rows.orderStatus(checkout)).isEqualTo("PENDING");
    }

    @Test
    void another_tenants_order_is_answered_as_missing_with_RES_001() {
        var checkout = new Checkout(probe, 7_000).opened();
        var intruder = new Checkout(probe, 7_000, "tenant-b");

        probe.send(com.fluxpay.contracts.EventTypes.CANCEL_ORDER, checkout.orderId, "tenant-b",
                new com.fluxpay.contracts.order.CancelOrder("ccl-x", checkout.orderId, intruder.tenant, null));

        assertThat(checkout.awaitOrderEvent("order.command.rejected").value()).contains("\"code\":\"RES_001\"");
        assertThat(rows.orderStatus(checkout)).isEqualTo("PENDING");
    }
}
