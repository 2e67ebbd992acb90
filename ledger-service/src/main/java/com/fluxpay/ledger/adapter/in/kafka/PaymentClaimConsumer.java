package com.fluxpay.ledger.adapter.in.kafka;

import com.fluxpay.contracts.EventType;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.payment.CaptureMode;
import com.fluxpay.contracts.payment.PaymentCanceled;
import com.fluxpay.contracts.payment.PaymentEventTypes;
import com.fluxpay.ledger.application.ClaimCommand;
import com.fluxpay.ledger.application.RecordingPaymentClaim;
import com.fluxpay.ledger.domain.audit.ClaimKind;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.inbox.EventHandlers;
import java.util.UUID;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * The auditor's own reading of the payment events, in a consumer group of its own: it sees every event
 * even when the posting consumer rejected it, failed on it or never got it.
 */
public class PaymentClaimConsumer {

    static final String CONSUMER = "payment-claims";

    private final EventDispatcher dispatcher;
    private final RecordingPaymentClaim recording;
    private final EventHandlers handlers;

    public PaymentClaimConsumer(EventDispatcher dispatcher, RecordingPaymentClaim recording) {
        this.dispatcher = dispatcher;
        this.recording = recording;
        this.handlers = EventHandlers.forConsumer(CONSUMER)
                .on(PaymentEventTypes.APPROVED, (e, envelope) -> recording.record(claim(envelope.id(),
                        PaymentEventTypes.APPROVED, e.paymentId(), e.tenantId(),
                        e.captureMode() == CaptureMode.AUTOMATIC ? ClaimKind.APPROVED_AND_CAPTURED
                                : ClaimKind.APPROVED_AND_HELD, e.amount(), e.currency(), e.orderId())))
                .on(PaymentEventTypes.CAPTURED, (e, envelope) -> recording.record(claim(envelope.id(),
                        PaymentEventTypes.CAPTURED, e.paymentId(), e.tenantId(), ClaimKind.CAPTURED, e.amount(),
                        e.currency(), e.orderId())))
                .on(PaymentEventTypes.REFUNDED, (e, envelope) -> recording.record(claim(envelope.id(),
                        PaymentEventTypes.REFUNDED, e.paymentId(), e.tenantId(), ClaimKind.REFUNDED, e.amount(),
                        e.currency(), null)))
                .on(PaymentEventTypes.CANCELED, this::canceled)
                // they claim no entry: a failed payment and a refused command move no money, and the posting rules
                // book nothing for a stray charge or its return
                .ignore(PaymentEventTypes.FAILED, PaymentEventTypes.COMMAND_REJECTED,
                        PaymentEventTypes.STRAY_CHARGE_DETECTED, PaymentEventTypes.STRAY_CHARGE_RETURNED)
                .build();
    }

    EventHandlers handlers() {
        return handlers;
    }

    @KafkaListener(topics = Topics.PAYMENT_EVENTS, groupId = "${spring.application.name}-audit")
    public void on(EventEnvelope envelope) {
        dispatcher.dispatch(handlers, envelope);
    }

    private void canceled(PaymentCanceled e, EventEnvelope envelope) {
        // a cancel that released nothing moves no money and expects no entry
        if (e.releasedAmount() > 0) {
            recording.record(claim(envelope.id(), PaymentEventTypes.CANCELED, e.paymentId(), e.tenantId(),
                    ClaimKind.CANCELED, e.releasedAmount(), e.currency(), null));
        }
    }

    private static ClaimCommand claim(UUID id, EventType<?> type, String paymentId, String tenantId, ClaimKind kind,
                                      long amount, String currency, String orderId) {
        return new ClaimCommand(id, type.name(), paymentId, tenantId, kind, amount, currency, orderId);
    }
}
