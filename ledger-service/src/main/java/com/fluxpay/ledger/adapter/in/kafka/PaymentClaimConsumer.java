package com.fluxpay.ledger.adapter.in.kafka;

import com.fluxpay.contracts.EventType;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.payment.CaptureMode;
import com.fluxpay.contracts.payment.PaymentEventTypes;
import com.fluxpay.ledger.application.ClaimCommand;
import com.fluxpay.ledger.application.RecordingPaymentClaim;
import com.fluxpay.ledger.domain.audit.ClaimKind;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.Inbox;
import java.util.UUID;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * The auditor's own reading of the payment events, in a consumer group of its own: it sees every event
 * even when the posting consumer rejected it, failed on it or never got it.
 */
public class PaymentClaimConsumer {

    static final String CONSUMER = "payment-claims";

    private final Inbox inbox;
    private final RecordingPaymentClaim recording;

    public PaymentClaimConsumer(Inbox inbox, RecordingPaymentClaim recording) {
        this.inbox = inbox;
        this.recording = recording;
    }

    @KafkaListener(topics = Topics.PAYMENT_EVENTS, groupId = "${spring.application.name}-audit")
    public void on(EventEnvelope envelope) {
        UUID id = envelope.id();
        inbox.receive(CONSUMER, envelope, PaymentEventTypes.APPROVED, e -> recording.record(claim(id,
                PaymentEventTypes.APPROVED, e.paymentId(), e.tenantId(), e.captureMode() == CaptureMode.AUTOMATIC
                        ? ClaimKind.APPROVED_AND_CAPTURED : ClaimKind.APPROVED_AND_HELD, e.amount(), e.currency())));
        inbox.receive(CONSUMER, envelope, PaymentEventTypes.CAPTURED, e -> recording.record(claim(id,
                PaymentEventTypes.CAPTURED, e.paymentId(), e.tenantId(), ClaimKind.CAPTURED, e.amount(), e.currency())));
        inbox.receive(CONSUMER, envelope, PaymentEventTypes.REFUNDED, e -> recording.record(claim(id,
                PaymentEventTypes.REFUNDED, e.paymentId(), e.tenantId(), ClaimKind.REFUNDED, e.amount(), e.currency())));
        inbox.receive(CONSUMER, envelope, PaymentEventTypes.CANCELED, e -> {
            // a cancel that released nothing moves no money and expects no entry
            if (e.releasedAmount() > 0) {
                recording.record(claim(id, PaymentEventTypes.CANCELED, e.paymentId(), e.tenantId(), ClaimKind.CANCELED,
                        e.releasedAmount(), e.currency()));
            }
        });
    }

    private static ClaimCommand claim(UUID id, EventType<?> type, String paymentId, String tenantId, ClaimKind kind,
                                      long amount, String currency) {
        return new ClaimCommand(id, type.name(), paymentId, tenantId, kind, amount, currency);
    }
}
