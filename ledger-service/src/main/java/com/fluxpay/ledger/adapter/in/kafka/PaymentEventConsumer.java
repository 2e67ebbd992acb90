package com.fluxpay.ledger.adapter.in.kafka;

import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.payment.PaymentEventTypes;
import com.fluxpay.ledger.application.PostingPaymentEvent;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.inbox.EventHandlers;
import org.springframework.kafka.annotation.KafkaListener;

/** Payment events from payment-service: decode, book once through the posting rules, nothing else. */
public class PaymentEventConsumer {

    static final String CONSUMER = "payment-events";

    private final EventDispatcher dispatcher;
    private final EventHandlers handlers;

    public PaymentEventConsumer(EventDispatcher dispatcher, PostingPaymentEvent posting) {
        this.dispatcher = dispatcher;
        this.handlers = EventHandlers.forConsumer(CONSUMER)
                .on(PaymentEventTypes.APPROVED, (e, envelope) -> posting.post(MoneyEvents.approved(envelope.id(), e)))
                .on(PaymentEventTypes.CAPTURED, (e, envelope) -> posting.post(MoneyEvents.captured(envelope.id(), e)))
                .on(PaymentEventTypes.CANCELED, (e, envelope) -> posting.post(MoneyEvents.canceled(envelope.id(), e)))
                .on(PaymentEventTypes.REFUNDED, (e, envelope) -> posting.post(MoneyEvents.refunded(envelope.id(), e)))
                .on(PaymentEventTypes.FAILED, (e, envelope) -> posting.post(MoneyEvents.failed(envelope.id(), e)))
                // not booked: a refused command moves no money; the posting rules have no entry for a stray charge
                // and its return (docs/ledger.md)
                .ignore(PaymentEventTypes.COMMAND_REJECTED, PaymentEventTypes.STRAY_CHARGE_DETECTED,
                        PaymentEventTypes.STRAY_CHARGE_RETURNED)
                .build();
    }

    EventHandlers handlers() {
        return handlers;
    }

    @KafkaListener(topics = Topics.PAYMENT_EVENTS)
    public void on(EventEnvelope envelope) {
        dispatcher.dispatch(handlers, envelope);
    }
}
