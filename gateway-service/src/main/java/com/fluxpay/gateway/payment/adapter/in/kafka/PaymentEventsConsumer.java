package com.fluxpay.gateway.payment.adapter.in.kafka;

import com.fluxpay.gateway.payment.application.port.PaymentProjection;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.payment.PaymentApproved;
import com.fluxpay.contracts.payment.PaymentCanceled;
import com.fluxpay.contracts.payment.PaymentCaptured;
import com.fluxpay.contracts.payment.PaymentCommandRejected;
import com.fluxpay.contracts.payment.PaymentEventTypes;
import com.fluxpay.contracts.payment.PaymentFailed;
import com.fluxpay.contracts.payment.PaymentRefunded;
import com.fluxpay.gateway.readmodel.application.ProjectionSignals;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;

/** Payment events into the payment read model, once each. */
public class PaymentEventsConsumer {

    private static final String CONSUMER = "payment-view";

    private final Inbox inbox;
    private final PaymentProjection views;
    private final ProjectionSignals signals;

    public PaymentEventsConsumer(Inbox inbox, PaymentProjection views, ProjectionSignals signals) {
        this.inbox = inbox;
        this.views = views;
        this.signals = signals;
    }

    @KafkaListener(topics = Topics.PAYMENT_EVENTS)
    public void on(EventEnvelope envelope) {
        inbox.receive(CONSUMER, envelope, PaymentEventTypes.APPROVED, (PaymentApproved e) -> views.approved(
                e.paymentId(), e.tenantId(), e.orderId(), e.amount(), e.currency(), e.psp(), e.captureMode().name(),
                e.capturedAmount(), e.approvedAt()));
        inbox.receive(CONSUMER, envelope, PaymentEventTypes.FAILED, (PaymentFailed e) ->
                views.failed(e.paymentId(), e.code(), e.reason(), e.failedAt()));
        inbox.receive(CONSUMER, envelope, PaymentEventTypes.CAPTURED, (PaymentCaptured e) ->
                views.captured(e.paymentId(), e.commandId(), e.capturedTotal(), e.capturedAt()));
        inbox.receive(CONSUMER, envelope, PaymentEventTypes.CANCELED, (PaymentCanceled e) ->
                views.canceled(e.paymentId(), e.commandId(), e.canceledAt()));
        inbox.receive(CONSUMER, envelope, PaymentEventTypes.REFUNDED, (PaymentRefunded e) ->
                views.refunded(e.paymentId(), e.refundId(), e.refundedTotal(), e.refundedAt()));
        inbox.receive(CONSUMER, envelope, PaymentEventTypes.COMMAND_REJECTED, (PaymentCommandRejected e) ->
                views.commandRejected(e.commandId(), e.code(), e.reason(), e.rejectedAt()));
        // committed: requests waiting on this aggregate look at the read model now
        signals.projected(envelope.subject());
    }
}
