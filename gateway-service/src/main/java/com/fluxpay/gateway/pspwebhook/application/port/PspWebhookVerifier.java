package com.fluxpay.gateway.pspwebhook.application.port;

import com.fluxpay.gateway.pspwebhook.domain.WebhookVerdict;

import java.util.function.Function;

/** One PSP's way of proving a webhook is its own, and of naming the event and the payment it is about. */
public interface PspWebhookVerifier {

    /** The path segment: {@code /psp/webhooks/{psp}}. */
    String psp();

    /** Checks the webhook before anything is accepted; {@code headers} looks a header up by name. */
    WebhookVerdict verify(Function<String, String> headers, byte[] body);
}
