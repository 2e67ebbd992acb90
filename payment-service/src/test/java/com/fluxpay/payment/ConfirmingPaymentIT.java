package com.fluxpay.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.payment.CaptureMode;
import com.fluxpay.contracts.payment.ConfirmPayment;
import com.fluxpay.contracts.payment.PaymentEventTypes;
import com.fluxpay.payment.application.ReconcilingUnknownPayments;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ConfirmingPaymentIT extends PaymentServiceScenario {

    @Autowired
    ReconcilingUnknownPayments reconciler;

    @Test
    void an_approved_purchase_captures_the_payment_and_pays_the_order() {
        var checkout = new Checkout(probe, 15_000).opened();

        checkout.confirm("tok_approve", CaptureMode.AUTOMATIC);

        var approved = checkout.awaitPaymentEvent("payment.approved");
        assertThat(approved.value()).contains("\"capturedAmount\":15000", "\"psp\":\"sandbox\"",
                "\"pspReference\":\"ch_" + checkout.paymentId + "\"");
        assertThat(checkout.awaitOrderEvent("order.paid").value()).contains("\"paymentId\":\"" + checkout.paymentId);
        assertThat(rows.state(checkout)).isEqualTo("CAPTURED");
        assertThat(rows.orderStatus(checkout)).isEqualTo("PAID");
        assertThat(checkout.chargesAtPsp()).isOne();
    }

    @Test
    void the_charge_carries_the_idempotency_key_stored_before_the_psp_was_called() {
        var checkout = new Checkout(probe, 1_000).opened();

        checkout.confirm("tok_approve", CaptureMode.MANUAL);

        checkout.awaitPaymentEvent("payment.approved");
        var charge = SandboxPsp.server().getAllServeEvents().stream()
                .filter(event -> event.getRequest().getBodyAsString().contains(checkout.paymentId)).findFirst()
                .orElseThrow();
        assertThat(charge.getRequest().getHeader("Idempotency-Key")).isEqualTo("fluxpay-" + checkout.paymentId);
        assertThat(rows.attemptKey(checkout)).isEqualTo("fluxpay-" + checkout.paymentId);
        assertThat(rows.state(checkout)).isEqualTo("AUTHORIZED");
    }

    @Test
    void a_declined_charge_fails_the_payment_and_cancels_the_order_with_PAY_002() {
        var checkout = new Checkout(probe, 2_000).opened();

        checkout.confirm("tok_decline", CaptureMode.AUTOMATIC);

        assertThat(checkout.awaitPaymentEvent("payment.failed").value()).contains("\"code\":\"PAY_002\"",
                "card_declined");
        assertThat(checkout.awaitOrderEvent("order.canceled").value()).contains("\"code\":\"PAY_002\"");
        assertThat(rows.state(checkout)).isEqualTo("FAILED");
        assertThat(rows.orderStatus(checkout)).isEqualTo("CANCELLED");
    }

    @Test
    void the_same_confirm_delivered_twice_and_sent_again_charges_once() {
        var checkout = new Checkout(probe, 3_000).opened();

        var eventId = checkout.confirm("tok_approve", CaptureMode.AUTOMATIC);
        probe.resend(PaymentEventTypes.CONFIRM, eventId, checkout.paymentId, Checkout.TENANT,
                checkout.confirmation("tok_approve", CaptureMode.AUTOMATIC));
        checkout.confirm("tok_approve", CaptureMode.AUTOMATIC);

        checkout.awaitPaymentEvent("payment.approved");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> probe.eventsWithKey(Topics.PAYMENT_EVENTS, checkout.paymentId).size() == 1);
        assertThat(checkout.chargesAtPsp()).isOne();
    }

    @Test
    void twenty_confirms_for_one_order_under_different_payment_ids_charge_it_once() {
        var first = new Checkout(probe, 3_500).opened();
        var others = new ArrayList<String>();
        first.confirm("tok_approve", CaptureMode.AUTOMATIC);
        for (int i = 0; i < 19; i++) {
            String otherPayment = "pay_" + UUID.randomUUID();
            others.add(otherPayment);
            probe.send(PaymentEventTypes.CONFIRM, otherPayment, Checkout.TENANT, new ConfirmPayment(otherPayment,
                    first.orderId, Checkout.TENANT, 3_500, "KRW", null, "tok_approve", CaptureMode.AUTOMATIC, Map.of()));
        }

        first.awaitPaymentEvent("payment.approved");
        for (String otherPayment : others) {
            var refused = probe.awaitEvent(Topics.PAYMENT_EVENTS, otherPayment, "payment.failed", Checkout.WAIT);
            // PAY_004 while the first payment is open, PAY_003 once the order is paid: never a second charge
            assertThat(refused.value()).containsAnyOf("\"code\":\"PAY_003\"", "\"code\":\"PAY_004\"");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payments WHERE order_id = ?", Long.class, first.orderId))
                .isOne();
        assertThat(others.stream().mapToInt(SandboxPsp::chargesFor).sum()).isZero();
        assertThat(first.chargesAtPsp()).isOne();
    }

    @Test
    void a_confirm_for_another_amount_than_the_order_is_refused_with_PAY_004_and_charges_nothing() {
        var checkout = new Checkout(probe, 4_000).opened();

        probe.send(PaymentEventTypes.CONFIRM, checkout.paymentId, Checkout.TENANT,
                new ConfirmPayment(checkout.paymentId, checkout.orderId, Checkout.TENANT, 3_999, "KRW", null,
                        "tok_approve", CaptureMode.AUTOMATIC, Map.of()));

        assertThat(checkout.awaitPaymentEvent("payment.failed").value()).contains("\"code\":\"PAY_004\"");
        assertThat(rows.orderStatus(checkout)).isEqualTo("PENDING");
        assertThat(checkout.chargesAtPsp()).isZero();
    }

    @Test
    void a_charge_whose_answer_was_lost_is_reconciled_to_approved_and_charged_exactly_once() {
        var checkout = new Checkout(probe, 5_000).opened();

        checkout.confirm("tok_timeout", CaptureMode.AUTOMATIC);
        rows.awaitState(checkout, "UNKNOWN");
        assertThat(probe.eventsWithKey(Topics.PAYMENT_EVENTS, checkout.paymentId)).isEmpty();

        reconciler.run();

        assertThat(checkout.awaitPaymentEvent("payment.approved").value()).contains("\"capturedAmount\":5000");
        checkout.awaitOrderEvent("order.paid");
        assertThat(rows.state(checkout)).isEqualTo("CAPTURED");
        assertThat(checkout.chargesAtPsp()).isOne();
    }

    @Test
    void a_psp_error_with_no_record_of_the_charge_at_the_psp_ends_as_not_charged_with_PAY_005() {
        var checkout = new Checkout(probe, 6_000).opened();

        checkout.confirm("tok_error", CaptureMode.AUTOMATIC);
        rows.awaitState(checkout, "UNKNOWN");
        reconciler.run();

        assertThat(checkout.awaitPaymentEvent("payment.failed").value()).contains("\"code\":\"PAY_005\"");
        assertThat(checkout.awaitOrderEvent("order.canceled").value()).contains("\"code\":\"PAY_005\"");
        assertThat(checkout.chargesAtPsp()).isOne();
    }
}
