package com.fluxpay.gateway.pspwebhook.adapter.out.verification;

import com.fluxpay.gateway.pspwebhook.application.port.PspWebhookVerifier;
import com.fluxpay.gateway.pspwebhook.domain.TimestampedSignature;
import com.fluxpay.gateway.pspwebhook.domain.VerifiedWebhook;
import com.fluxpay.gateway.pspwebhook.domain.WebhookVerdict;

import java.util.function.Function;

/**
 * A PSP that signs its webhooks with {@link TimestampedSignature} (Stripe; the sandbox copies it): the signature
 * is checked before the body is even parsed, then the event id, type and the payment it names are read at the
 * PSP's own JSON pointers. See {@link PspWebhookVerifiers} for each PSP's header and fields.
 */
final class SignedWebhookVerifier implements PspWebhookVerifier {

    /** Where a PSP's event keeps what we need, as JSON pointers. */
    record Fields(String eventId, String eventType, String paymentReference, String pspObjectId) {
    }

    private final String psp;
    private final String header;
    private final TimestampedSignature signature;
    private final Fields fields;
    private final WebhookBodies bodies;

    SignedWebhookVerifier(String psp, String header, TimestampedSignature signature, Fields fields,
                          WebhookBodies bodies) {
        this.psp = psp;
        this.header = header;
        this.signature = signature;
        this.fields = fields;
        this.bodies = bodies;
    }

    @Override
    public String psp() {
        return psp;
    }

    @Override
    public WebhookVerdict verify(Function<String, String> headers, byte[] body) {
        var problem = signature.problemWith(headers.apply(header), body);
        if (problem.isPresent()) {
            return new WebhookVerdict.Refused(problem.get());
        }
        var event = bodies.read(body).orElse(null);
        if (event == null || WebhookBodies.text(event, fields.eventId()) == null
                || WebhookBodies.text(event, fields.eventType()) == null) {
            return new WebhookVerdict.Refused("signed, but not a " + psp + " event");
        }
        return new WebhookVerdict.Accepted(new VerifiedWebhook(WebhookBodies.text(event, fields.eventId()),
                WebhookBodies.text(event, fields.eventType()), WebhookBodies.text(event, fields.paymentReference()),
                WebhookBodies.text(event, fields.pspObjectId())));
    }
}
