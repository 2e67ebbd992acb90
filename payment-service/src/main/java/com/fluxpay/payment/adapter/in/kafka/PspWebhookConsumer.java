package com.fluxpay.payment.adapter.in.kafka;

import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.psp.PspEventTypes;
import com.fluxpay.contracts.psp.PspWebhookReceived;
import com.fluxpay.payment.application.ApplyPspWebhookCommand;
import com.fluxpay.payment.application.ApplyingPspWebhook;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.Effect;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.inbox.EventHandlers;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * PSP webhooks: decode, plan (which may ask the PSP, outside any transaction), apply once.
 *
 * <p>Deduplicated by the PSP's event id, not the envelope id: a PSP resends an event it thinks we missed, and
 * the gateway publishes each delivery as a new envelope. So the inbox records the id derived from (psp, PSP
 * event id); a redelivered envelope and a PSP's resend both find it. A webhook the PSP could not yet answer for
 * is not recorded, so a resend gets another chance; the reconciler asks in any case.
 */
public class PspWebhookConsumer {

    static final String CONSUMER = "psp-webhooks";
    private static final Logger LOG = LoggerFactory.getLogger(PspWebhookConsumer.class);

    private final EventDispatcher dispatcher;
    private final ApplyingPspWebhook applying;
    private final EventHandlers handlers;

    public PspWebhookConsumer(EventDispatcher dispatcher, ApplyingPspWebhook applying) {
        this.dispatcher = dispatcher;
        this.applying = applying;
        this.handlers = EventHandlers.forConsumer(CONSUMER)
                .onPlanned(PspEventTypes.WEBHOOK_RECEIVED, (webhook, envelope) -> plan(webhook))
                .deduplicatedBy(PspWebhookConsumer::idOf)
                .build();
    }

    EventHandlers handlers() {
        return handlers;
    }

    @KafkaListener(topics = Topics.PSP_WEBHOOKS)
    public void on(EventEnvelope envelope) {
        dispatcher.dispatch(handlers, envelope);
    }

    private Effect plan(PspWebhookReceived webhook) {
        var plan = applying.plan(new ApplyPspWebhookCommand(webhook.psp(), webhook.pspEventId(), webhook.eventType(),
                webhook.paymentReference()));
        if (plan instanceof ApplyingPspWebhook.Plan.AskLater(var reason)) {
            LOG.info("{} webhook {} ({}): the PSP has no definite answer yet ({}); left to the reconciler",
                    webhook.psp(), webhook.pspEventId(), webhook.eventType(), reason);
            return Effect.none();
        }
        return Effect.inTransaction(() -> applying.apply(plan), state -> {
            if (plan instanceof ApplyingPspWebhook.Plan.Ignore(var reason)) {
                LOG.info("{} webhook {} ({}) changes nothing: {}", webhook.psp(), webhook.pspEventId(),
                        webhook.eventType(), reason);
            }
        }).ifDuplicate(() -> LOG.info("{} webhook {} was handled before", webhook.psp(), webhook.pspEventId()));
    }

    // one PSP event is applied once, however many times the PSP sent it (each delivery is its own envelope)
    private static UUID idOf(PspWebhookReceived webhook) {
        return UUID.nameUUIDFromBytes(("psp-webhook/" + webhook.psp() + "/" + webhook.pspEventId())
                .getBytes(StandardCharsets.UTF_8));
    }
}
