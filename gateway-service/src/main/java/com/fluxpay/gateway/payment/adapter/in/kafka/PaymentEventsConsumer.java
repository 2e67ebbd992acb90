package com.fluxpay.gateway.payment.adapter.in.kafka;

import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.payment.PaymentEventTypes;
import com.fluxpay.gateway.payment.application.port.PaymentProjection;
import com.fluxpay.gateway.readmodel.application.ProjectionSignals;
import com.fluxpay.gateway.readmodel.domain.Stated;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.inbox.EventHandlers;
import org.springframework.kafka.annotation.KafkaListener;

/** Payment events into the payment read model, once each: the status each event states, copied by version. */
public class PaymentEventsConsumer {

    static final String CONSUMER = "payment-view";

    private final EventDispatcher dispatcher;
    private final EventHandlers handlers;

    public PaymentEventsConsumer(EventDispatcher dispatcher, PaymentProjection views, ProjectionSignals signals) {
        this.dispatcher = dispatcher;
        this.handlers = EventHandlers.forConsumer(CONSUMER)
                .on(PaymentEventTypes.APPROVED, e -> views.approved(e.paymentId(), e.tenantId(), e.orderId(),
                        e.amount(), e.currency(), e.psp(), e.captureMode().name(), e.capturedAmount(),
                        Stated.of(e.status(), e.version(), e.approvedAt())))
                .on(PaymentEventTypes.FAILED, e -> views.failed(e.paymentId(), e.code(), e.reason(),
                        Stated.of(e.status(), e.version(), e.failedAt())))
                .on(PaymentEventTypes.CAPTURED, e -> views.captured(e.paymentId(), e.commandId(), e.capturedTotal(),
                        Stated.of(e.status(), e.version(), e.capturedAt())))
                .on(PaymentEventTypes.CANCELED, e -> views.canceled(e.paymentId(), e.commandId(),
                        Stated.of(e.status(), e.version(), e.canceledAt())))
                .on(PaymentEventTypes.REFUNDED, e -> views.refunded(e.paymentId(), e.refundId(), e.refundedTotal(),
                        Stated.of(e.status(), e.version(), e.refundedAt())))
                .on(PaymentEventTypes.COMMAND_REJECTED, e -> views.commandRejected(e.commandId(), e.code(),
                        e.reason(), e.rejectedAt()))
                // a stray charge leaves the payment FAILED: nothing for the merchant's view of it to change
                .ignore(PaymentEventTypes.STRAY_CHARGE_DETECTED, PaymentEventTypes.STRAY_CHARGE_RETURNED)
                // committed: requests waiting on this aggregate look at the read model now
                .afterCommit(envelope -> signals.projected(envelope.subject()))
                .build();
    }

    public EventHandlers handlers() {
        return handlers;
    }

    @KafkaListener(topics = Topics.PAYMENT_EVENTS)
    public void on(EventEnvelope envelope) {
        dispatcher.dispatch(handlers, envelope);
    }
}
