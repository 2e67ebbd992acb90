package com.fluxpay.ledger;

import com.fluxpay.contracts.EventType;
import com.fluxpay.contracts.payment.CaptureMode;
import com.fluxpay.contracts.payment.PaymentApproved;
import com.fluxpay.contracts.payment.PaymentCanceled;
import com.fluxpay.contracts.payment.PaymentCaptured;
import com.fluxpay.contracts.payment.PaymentEventTypes;
import com.fluxpay.contracts.payment.PaymentFailed;
import com.fluxpay.contracts.payment.PaymentRefunded;
import com.fluxpay.platform.testing.KafkaProbe;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Payment events as payment-service would publish them, built up per payment (the Kafka key) for one
 * tenant. Each event gets its id when it is added, so sending it again is a redelivery.
 */
final class PaymentHistory {

    record Event<T>(EventType<T> type, UUID id, String key, String tenantId, T payload) {

        void sendWith(KafkaProbe probe) {
            probe.resend(type, id, key, tenantId, payload);
        }
    }

    final String tenantId;
    final Map<String, List<Event<?>>> byPayment = new LinkedHashMap<>();

    PaymentHistory(String tenantId) {
        this.tenantId = tenantId;
    }

    private <T> PaymentHistory add(EventType<T> type, String paymentId, T payload) {
        byPayment.computeIfAbsent(paymentId, id -> new ArrayList<>())
                .add(new Event<>(type, UUID.randomUUID(), paymentId, tenantId, payload));
        return this;
    }

    PaymentHistory approved(String paymentId, long amount, String currency, CaptureMode mode) {
        return add(PaymentEventTypes.APPROVED, paymentId, new PaymentApproved(paymentId, "ord_" + paymentId, tenantId,
                amount, currency, "sandbox", "psp_" + paymentId, mode, mode == CaptureMode.AUTOMATIC ? amount : 0,
                Instant.now()));
    }

    PaymentHistory captured(String paymentId, long amount, long total, String currency) {
        return add(PaymentEventTypes.CAPTURED, paymentId, new PaymentCaptured(paymentId, "cmd_" + UUID.randomUUID(),
                "ord_" + paymentId, tenantId, amount, total, currency, Instant.now()));
    }

    PaymentHistory canceled(String paymentId, long released, String currency) {
        return add(PaymentEventTypes.CANCELED, paymentId, new PaymentCanceled(paymentId, "cmd_" + UUID.randomUUID(),
                "ord_" + paymentId, tenantId, released, currency, "customer changed their mind", Instant.now()));
    }

    PaymentHistory refunded(String paymentId, long amount, long total, String currency) {
        return add(PaymentEventTypes.REFUNDED, paymentId, new PaymentRefunded(paymentId, "rf_" + UUID.randomUUID(),
                "ord_" + paymentId, tenantId, amount, total, currency, Instant.now()));
    }

    PaymentHistory failed(String paymentId, long amount, String currency) {
        return add(PaymentEventTypes.FAILED, paymentId, new PaymentFailed(paymentId, "ord_" + paymentId, tenantId,
                amount, currency, "sandbox", "PAY_002", "declined", Instant.now()));
    }

    List<Event<?>> all() {
        return byPayment.values().stream().flatMap(List::stream).toList();
    }

    /**
     * Checkouts, partial captures, cancels and refunds in two currencies. Payment ids end in
     * {@code suffix} so two tenants can play the same history.
     */
    static PaymentHistory checkoutsAndRefunds(String tenantId, String suffix) {
        return new PaymentHistory(tenantId)
                .approved("p1" + suffix, 15_000, "KRW", CaptureMode.AUTOMATIC)
                .refunded("p1" + suffix, 5_000, 5_000, "KRW")
                .refunded("p1" + suffix, 10_000, 15_000, "KRW")
                .approved("p2" + suffix, 20_000, "KRW", CaptureMode.MANUAL)
                .captured("p2" + suffix, 8_000, 8_000, "KRW")
                .captured("p2" + suffix, 7_000, 15_000, "KRW")
                .canceled("p2" + suffix, 5_000, "KRW")
                .approved("p3" + suffix, 9_000, "KRW", CaptureMode.MANUAL)
                .canceled("p3" + suffix, 9_000, "KRW")
                .failed("p4" + suffix, 3_000, "KRW")
                .approved("p5" + suffix, 1_050, "USD", CaptureMode.AUTOMATIC)
                .refunded("p5" + suffix, 50, 50, "USD")
                .approved("p6" + suffix, 30_000, "KRW", CaptureMode.AUTOMATIC);
    }
}
