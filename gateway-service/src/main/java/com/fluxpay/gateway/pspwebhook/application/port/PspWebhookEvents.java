package com.fluxpay.gateway.pspwebhook.application.port;

import com.fluxpay.gateway.pspwebhook.domain.VerifiedWebhook;

/** Makes an accepted webhook durable for payment-service; once this returns the PSP may be told 2xx. */
public interface PspWebhookEvents {

    void publish(String psp, VerifiedWebhook webhook, byte[] body);
}
