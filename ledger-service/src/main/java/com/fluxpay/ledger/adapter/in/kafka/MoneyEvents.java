package com.fluxpay.ledger.adapter.in.kafka;

import com.fluxpay.contracts.payment.CaptureMode;
import com.fluxpay.contracts.payment.PaymentApproved;
import com.fluxpay.contracts.payment.PaymentCanceled;
import com.fluxpay.contracts.payment.PaymentCaptured;
import com.fluxpay.contracts.payment.PaymentFailed;
import com.fluxpay.contracts.payment.PaymentRefunded;
import com.fluxpay.ledger.domain.MoneyEvent;
import java.util.Currency;
import java.util.UUID;

/** Payment events from the wire turned into what the posting rules read; the Kafka event id is the source id. */
final class MoneyEvents {

    private MoneyEvents() {
    }

    static MoneyEvent.Approved approved(UUID eventId, PaymentApproved e) {
        return new MoneyEvent.Approved(eventId, e.paymentId(), e.tenantId(), Currency.getInstance(e.currency()),
                e.amount(), e.captureMode() == CaptureMode.AUTOMATIC, e.approvedAt());
    }

    static MoneyEvent.Captured captured(UUID eventId, PaymentCaptured e) {
        return new MoneyEvent.Captured(eventId, e.paymentId(), e.tenantId(), Currency.getInstance(e.currency()),
                e.amount(), e.capturedAt());
    }

    static MoneyEvent.Canceled canceled(UUID eventId, PaymentCanceled e) {
        return new MoneyEvent.Canceled(eventId, e.paymentId(), e.tenantId(), Currency.getInstance(e.currency()),
                e.releasedAmount(), e.canceledAt());
    }

    static MoneyEvent.Refunded refunded(UUID eventId, PaymentRefunded e) {
        return new MoneyEvent.Refunded(eventId, e.paymentId(), e.refundId(), e.tenantId(),
                Currency.getInstance(e.currency()), e.amount(), e.refundedAt(), e.orderId());
    }

    static MoneyEvent.Failed failed(UUID eventId, PaymentFailed e) {
        return new MoneyEvent.Failed(eventId, e.paymentId(), e.tenantId(), Currency.getInstance(e.currency()),
                e.failedAt());
    }
}
