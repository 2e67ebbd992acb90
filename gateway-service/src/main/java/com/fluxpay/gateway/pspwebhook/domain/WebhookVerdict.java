package com.fluxpay.gateway.pspwebhook.domain;

/** A PSP's webhook, accepted with what it says, or refused with why (the reason is logged, never published). */
public sealed interface WebhookVerdict {

    record Accepted(VerifiedWebhook webhook) implements WebhookVerdict {
    }

    record Refused(String reason) implements WebhookVerdict {
    }
}
