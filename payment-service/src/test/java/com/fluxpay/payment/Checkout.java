package com.fluxpay.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;

import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.order.CancelOrder;
import com.fluxpay.contracts.order.CompleteOrder;
import com.fluxpay.contracts.order.CreateOrder;
import com.fluxpay.contracts.payment.CancelPayment;
import com.fluxpay.contracts.payment.CaptureMode;
import com.fluxpay.contracts.payment.CapturePayment;
import com.fluxpay.contracts.payment.RefundPayment;
import com.fluxpay.contracts.payment.ConfirmPayment;
import com.fluxpay.contracts.payment.PaymentEventTypes;
import com.fluxpay.platform.event.CloudEventHeaders;
import com.fluxpay.platform.testing.KafkaProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** One order and its payment, driven over Kafka the way the gateway would; ids fresh for every use. */
final class Checkout {

    static final String TENANT = "tenant-a";
    static final Duration WAIT = Duration.ofSeconds(20);

    final KafkaProbe probe;
    final String orderId = "ord_" + UUID.randomUUID();
    final String paymentId = "pay_" + UUID.randomUUID();
    final long amount;
    final String tenant;

    Checkout(KafkaProbe probe, long amount) {
        this(probe, amount, TENANT);
    }

    Checkout(KafkaProbe probe, long amount, String tenant) {
        this.probe = probe;
        this.amount = amount;
        this.tenant = tenant;
    }

    Checkout opened() {
        probe.send(EventTypes.CREATE_ORDER, orderId, tenant,
                new CreateOrder(orderId, tenant, "req-" + orderId, amount, "KRW", "a book", Map.of()));
        probe.awaitEvent(Topics.ORDER_EVENTS, orderId, "order.created", WAIT);
        return this;
    }

    ConfirmPayment confirmation(String token, CaptureMode mode) {
        return new ConfirmPayment(paymentId, orderId, tenant, amount, "KRW", null, token, mode, Map.of());
    }

    UUID confirm(String token, CaptureMode mode) {
        return probe.send(PaymentEventTypes.CONFIRM, paymentId, tenant, confirmation(token, mode));
    }

    ConsumerRecord<String, String> awaitPaymentEvent(String type) {
        return probe.awaitEvent(Topics.PAYMENT_EVENTS, paymentId, type, WAIT);
    }

    ConsumerRecord<String, String> awaitOrderEvent(String type) {
        return probe.awaitEvent(Topics.ORDER_EVENTS, orderId, type, WAIT);
    }

    /** Waits until {@code count} payment events of {@code type} are out; returns their payloads, oldest first. */
    List<String> awaitPaymentEvents(String type, int count) {
        var found = new ArrayList<String>();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() -> {
            found.clear();
            probe.eventsWithKey(Topics.PAYMENT_EVENTS, paymentId).stream()
                    .filter(r -> type.equals(CloudEventHeaders.optional(r.headers(), CloudEventHeaders.TYPE, null)))
                    .forEach(r -> found.add(r.value()));
            return found.size() >= count;
        });
        return found;
    }

    /** Approves this checkout's payment and waits for it. */
    Checkout approved(CaptureMode mode) {
        opened();
        confirm("tok_approve", mode);
        awaitPaymentEvent("payment.approved");
        return this;
    }

    void capture(String commandId, long captureAmount) {
        probe.send(PaymentEventTypes.CAPTURE, paymentId, tenant, new CapturePayment(commandId, paymentId, tenant,
                captureAmount));
    }

    void refund(String refundId, long refundAmount) {
        probe.send(PaymentEventTypes.REFUND, paymentId, tenant, new RefundPayment(refundId, paymentId, tenant,
                refundAmount, "customer asked"));
    }

    void cancel(String commandId) {
        probe.send(PaymentEventTypes.CANCEL, paymentId, tenant, new CancelPayment(commandId, paymentId, tenant,
                "out of stock"));
    }

    void completeOrder(String commandId) {
        probe.send(EventTypes.COMPLETE_ORDER, orderId, tenant, new CompleteOrder(commandId, orderId, tenant));
    }

    void cancelOrder(String commandId) {
        probe.send(EventTypes.CANCEL_ORDER, orderId, tenant, new CancelOrder(commandId, orderId, tenant,
                "service failed"));
    }

    /** How many requests reached the sandbox PSP at this path pattern for this payment's charge. */
    int operationsAtPsp(String operation) {
        return SandboxPsp.server().findAll(postRequestedFor(urlPathEqualTo(
                "/v1/charges/ch_" + paymentId + "/" + operation))).size();
    }

    /** How many charge requests for this payment reached the sandbox PSP. */
    int chargesAtPsp() {
        return SandboxPsp.chargesFor(paymentId);
    }
}
