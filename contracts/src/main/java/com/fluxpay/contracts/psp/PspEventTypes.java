package com.fluxpay.contracts.psp;

import com.fluxpay.contracts.EventType;
import com.fluxpay.contracts.Topics;
import java.util.List;

/** What PSPs tell us, as the gateway accepted it (Topics.PSP_WEBHOOKS). Key: the payment reference. */
public final class PspEventTypes {

    public static final EventType<PspWebhookReceived> WEBHOOK_RECEIVED =
            new EventType<>("psp.webhook.received", 1, Topics.PSP_WEBHOOKS, PspWebhookReceived.class);

    public static final List<EventType<?>> ALL = List.of(WEBHOOK_RECEIVED);

    private PspEventTypes() {
    }
}
