package com.fluxpay.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.client.Order;
import com.fluxpay.client.Payment;
import com.fluxpay.client.Requests.NewOrder;
import com.fluxpay.client.Requests.PayOrder;
import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.order.OrderCreated;
import com.fluxpay.contracts.payment.CaptureMode;
import com.fluxpay.contracts.payment.PaymentApproved;
import com.fluxpay.contracts.payment.PaymentCaptured;
import com.fluxpay.contracts.payment.PaymentEventTypes;
import com.fluxpay.contracts.payment.PaymentStatus;
import com.fluxpay.platform.testing.KafkaProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The payment read model copies the status each event states, guarded by the payment's version: it shows
 * payment-service's own state (a partial capture reads PARTIALLY_CAPTURED, as issue 14 found it did not), and
 * an older event arriving late (a replayed dead letter) never overwrites a newer state.
 */
class StatedStatusIT extends GatewayIntegrationTest {

    private KafkaProbe probe() {
        return new KafkaProbe(kafka);
    }

    @Test
    void a_partial_capture_shows_partially_captured_and_an_older_event_arriving_late_changes_nothing() {
        String orderId = merchant.createOrder(NewOrder.of(9_000, "KRW")).value().id();
        probe().send(EventTypes.ORDER_CREATED, orderId, tenantId, new OrderCreated(orderId, tenantId, 9_000, "KRW",
                null, Map.of(), "PENDING", Instant.now(), 1));
        await().atMost(Duration.ofSeconds(15)).until(() -> merchant.order(orderId).value().status()
                == Order.Status.PENDING);
        String paymentId = merchant.pay(PayOrder.of(orderId, "tok_approve", "sandbox")).value().id();

        probe().send(PaymentEventTypes.APPROVED, paymentId, tenantId, new PaymentApproved(paymentId, orderId,
                tenantId, 9_000, "KRW", "sandbox", "ch_1", CaptureMode.MANUAL, 0, Instant.now(),
                PaymentStatus.AUTHORIZED, 2));
        probe().send(PaymentEventTypes.CAPTURED, paymentId, tenantId, new PaymentCaptured(paymentId, null, orderId,
                tenantId, 2_500, 2_500, "KRW", Instant.now(), PaymentStatus.PARTIALLY_CAPTURED, 3));
        await().atMost(Duration.ofSeconds(15)).until(() -> merchant.payment(paymentId).value().status()
                == Payment.Status.PARTIALLY_CAPTURED);

        // the approval again, in a new envelope (the inbox does not know it): version 2 is older than 3
        probe().send(PaymentEventTypes.APPROVED, paymentId, tenantId, new PaymentApproved(paymentId, orderId,
                tenantId, 9_000, "KRW", "sandbox", "ch_1", CaptureMode.MANUAL, 0, Instant.now(),
                PaymentStatus.AUTHORIZED, 2));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(6)).until(() -> {
            var shown = merchant.payment(paymentId).value();
            return shown.status() == Payment.Status.PARTIALLY_CAPTURED && shown.capturedAmount() == 2_500;
        });

        probe().send(PaymentEventTypes.CAPTURED, paymentId, tenantId, new PaymentCaptured(paymentId, null, orderId,
                tenantId, 6_500, 9_000, "KRW", Instant.now(), PaymentStatus.CAPTURED, 4));

        await().atMost(Duration.ofSeconds(15)).until(() -> merchant.payment(paymentId).value().status()
                == Payment.Status.CAPTURED);
        var payment = merchant.payment(paymentId).value();
        assertThat(payment.capturedAmount()).isEqualTo(9_000);
    }
}
