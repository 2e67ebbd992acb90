package com.fluxpay.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fluxpay.contracts.payment.CaptureMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangingPaymentIT extends PaymentServiceScenario {

    @Test
    void an_authorization_is_captured_in_two_parts_then_refunded_in_two_parts() {
        var checkout = new Checkout(probe, 10_000).approved(CaptureMode.MANUAL);

        checkout.capture("cap-1-" + checkout.paymentId, 4_000);
        checkout.capture("cap-2-" + checkout.paymentId, 6_000);
        var captures = checkout.awaitPaymentEvents("payment.captured", 2);
        checkout.refund("re-1-" + checkout.paymentId, 3_000);
        checkout.refund("re-2-" + checkout.paymentId, 7_000);
        var refunds = checkout.awaitPaymentEvents("payment.refunded", 2);

        assertThat(captures.get(0)).contains("\"amount\":4000", "\"capturedTotal\":4000");
        assertThat(captures.get(1)).contains("\"amount\":6000", "\"capturedTotal\":10000");
        assertThat(refunds.get(0)).contains("\"amount\":3000", "\"refundedTotal\":3000");
        assertThat(refunds.get(1)).contains("\"amount\":7000", "\"refundedTotal\":10000");
        assertThat(rows.state(checkout)).isEqualTo("REFUNDED");
    }

    @Test
    void every_event_states_the_status_it_leaves_the_payment_and_order_in_and_a_version_one_higher_each_time() {
        var checkout = new Checkout(probe, 10_000).approved(CaptureMode.MANUAL);

        checkout.capture("cap-1-" + checkout.paymentId, 4_000);
        checkout.awaitPaymentEvents("payment.captured", 1);
        checkout.capture("cap-2-" + checkout.paymentId, 6_000);
        checkout.awaitPaymentEvents("payment.captured", 2);
        checkout.refund("re-1-" + checkout.paymentId, 3_000);
        checkout.awaitPaymentEvents("payment.refunded", 1);
        checkout.refund("re-2-" + checkout.paymentId, 7_000);
        checkout.awaitPaymentEvents("payment.refunded", 2);
        checkout.awaitOrderEvent("order.canceled");

        // the payment started PROCESSING at 1; the order opened PENDING at 1
        assertThat(statesOf(checkout.awaitPaymentEvents("payment.approved", 1))).containsExactly("AUTHORIZED v2");
        assertThat(statesOf(checkout.awaitPaymentEvents("payment.captured", 2)))
                .containsExactly("PARTIALLY_CAPTURED v3", "CAPTURED v4");
        assertThat(statesOf(checkout.awaitPaymentEvents("payment.refunded", 2)))
                .containsExactly("PARTIALLY_REFUNDED v5", "REFUNDED v6");
        assertThat(statesOf(List.of(checkout.awaitOrderEvent("order.created").value(),
                checkout.awaitOrderEvent("order.paid").value(), checkout.awaitOrderEvent("order.canceled").value())))
                .containsExactly("PENDING v1", "PAID v2", "CANCELED v3");
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> statesOf(List<String> payloads) {
        return payloads.stream().map(payload -> {
            try {
                JsonNode event = JSON.readTree(payload);
                return event.get("status").asText() + " v" + event.get("version").asLong();
            } catch (java.io.IOException e) {
                throw new AssertionError("not JSON: " + payload, e);
            }
        }).toList();
    }

    @Test
    void a_refund_larger_than_the_captured_amount_is_rejected_with_PAY_006_and_never_reaches_the_psp() {
        var checkout = new Checkout(probe, 5_000).approved(CaptureMode.AUTOMATIC);

        checkout.refund("re-" + checkout.paymentId, 5_001);

        assertThat(checkout.awaitPaymentEvent("payment.command.rejected").value())
                .contains("\"code\":\"PAY_006\"", "\"command\":\"payment.refund\"");
        assertThat(checkout.operationsAtPsp("refunds")).isZero();
        assertThat(rows.state(checkout)).isEqualTo("CAPTURED");
    }

    @Test
    void the_same_refund_id_sent_twice_refunds_once_and_the_second_is_answered_PAY_003() {
        var checkout = new Checkout(probe, 5_000).approved(CaptureMode.AUTOMATIC);

        checkout.refund("re-" + checkout.paymentId, 1_000);
        checkout.awaitPaymentEvent("payment.refunded");
        checkout.refund("re-" + checkout.paymentId, 1_000);

        assertThat(checkout.awaitPaymentEvent("payment.command.rejected").value()).contains("\"code\":\"PAY_003\"");
        assertThat(checkout.awaitPaymentEvents("payment.refunded", 1)).hasSize(1);
        assertThat(checkout.operationsAtPsp("refunds")).isOne();
        assertThat(rows.state(checkout)).isEqualTo("PARTIALLY_REFUNDED");
    }

    @Test
    void canceling_an_authorization_releases_all_of_it() {
        var checkout = new Checkout(probe, 7_000).approved(CaptureMode.MANUAL);

        checkout.cancel("cancel-" + checkout.paymentId);

        assertThat(checkout.awaitPaymentEvent("payment.canceled").value())
                .contains("\"releasedAmount\":7000", "\"reason\":\"out of stock\"");
        assertThat(rows.state(checkout)).isEqualTo("CANCELED");
    }

    @Test
    void capturing_a_one_step_purchase_is_a_state_mismatch_PAY_004() {
        var checkout = new Checkout(probe, 8_000).approved(CaptureMode.AUTOMATIC);

        checkout.capture("cap-" + checkout.paymentId, 1_000);

        assertThat(checkout.awaitPaymentEvent("payment.command.rejected").value()).contains("\"code\":\"PAY_004\"");
        assertThat(checkout.operationsAtPsp("capture")).isZero();
    }
}
