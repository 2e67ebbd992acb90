package com.fluxpay.ledger.adapter.in.kafka;

import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.payment.PaymentEventTypes;
import com.fluxpay.ledger.application.PostingPaymentEvent;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.Inbox;
import java.util.UUID;
import org.springframework.kafka.annotation.KafkaListener;

/** Payment events from payment-service: decode, book once through the posting rules, nothing else. */
public class PaymentEventConsumer {

    static final String CONSUMER = "payment-events";

    private final Inbox inbox;
    private final PostingPaymentEvent posting;

    public PaymentEventConsumer(Inbox inbox, PostingPaymentEvent posting) {
        this.inbox = inbox;
        this.posting = posting;
    }

    @KafkaListener(topics = Topics.PAYMENT_EVENTS)
    public void on(EventEnvelope envelope) {
        UUID id = envelope.id();
        // each call is a no-op unless the envelope is of its type; other types on the topic move no money
        inbox.receive(CONSUMER, envelope, PaymentEventTypes.APPROVED, e -> posting.post(MoneyEvents.approved(id, e)));
        inbox.receive(CONSUMER, envelope, PaymentEventTypes.CAPTURED, e -> posting.post(MoneyEvents.captured(id, e)));
        inbox.receive(CONSUMER, envelope, PaymentEventTypes.CANCELED, e -> posting.post(MoneyEvents.canceled(id, e)));
        inbox.receive(CONSUMER, envelope, PaymentEventTypes.REFUNDED, e -> posting.post(MoneyEvents.refunded(id, e)));
        inbox.receive(CONSUMER, envelope, PaymentEventTypes.FAILED, e -> posting.post(MoneyEvents.failed(id, e)));
    }
}
