package com.fluxpay.credit.adapter.in.kafka;

import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.credit.CreditEventTypes;
import com.fluxpay.credit.application.MeteringUsage;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.inbox.EventHandlers;
import org.springframework.kafka.annotation.KafkaListener;

/** The usage saga's messages from client services; the tenant is the envelope's (ce_tenantid). */
public class ServiceUsageConsumer {

    static final String CONSUMER = "service-usage";

    private final EventDispatcher dispatcher;
    private final EventHandlers handlers;

    public ServiceUsageConsumer(EventDispatcher dispatcher, MeteringUsage metering) {
        this.dispatcher = dispatcher;
        this.handlers = EventHandlers.forConsumer(CONSUMER)
                .on(CreditEventTypes.USAGE_REQUESTED, (e, envelope) -> metering.requested(envelope.tenantId(), e))
                .on(CreditEventTypes.USAGE_COMPLETED, (e, envelope) -> metering.completed(envelope.tenantId(), e))
                .on(CreditEventTypes.USAGE_FAILED, (e, envelope) -> metering.failed(envelope.tenantId(), e))
                .build();
    }

    EventHandlers handlers() {
        return handlers;
    }

    @KafkaListener(topics = Topics.SERVICE_USAGE)
    public void on(EventEnvelope envelope) {
        dispatcher.dispatch(handlers, envelope);
    }
}
