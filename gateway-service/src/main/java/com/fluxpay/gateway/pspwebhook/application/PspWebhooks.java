package com.fluxpay.gateway.pspwebhook.application;

import com.fluxpay.gateway.pspwebhook.application.port.PspWebhookEvents;
import com.fluxpay.gateway.pspwebhook.application.port.PspWebhookVerifier;
import com.fluxpay.gateway.pspwebhook.domain.WebhookVerdict;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks a webhook with its PSP's verifier and, if it passes, makes it durable in the outbox. */
public final class PspWebhooks {

    private static final System.Logger LOG = System.getLogger(PspWebhooks.class.getName());

    private final Map<String, PspWebhookVerifier> verifiers;
    private final PspWebhookEvents outbox;

    public PspWebhooks(List<PspWebhookVerifier> verifiers, PspWebhookEvents outbox) {
        this.verifiers = verifiers.stream().collect(Collectors.toUnmodifiableMap(PspWebhookVerifier::psp,
                Function.identity()));
        this.outbox = outbox;
    }

    public List<String> psps() {
        return verifiers.keySet().stream().sorted().toList();
    }

    public sealed interface Receipt {
        record NoSuchPsp() implements Receipt {
        }

        record Refused() implements Receipt {
        }

        record Published(String eventId) implements Receipt {
        }

        record NotOurs(String eventId) implements Receipt {
        }
    }

    public Receipt receive(String psp, Function<String, String> headers, byte[] body) {
        var verifier = verifiers.get(psp);
        if (verifier == null) {
            return new Receipt.NoSuchPsp();
        }
        return switch (verifier.verify(headers, body)) {
            case WebhookVerdict.Refused refused -> {
                LOG.log(System.Logger.Level.WARNING, "refused a {0} webhook: {1}", psp, refused.reason());
                yield new Receipt.Refused();
            }
            case WebhookVerdict.Accepted(var webhook) when webhook.paymentReference() == null -> {
                // genuine, but about nothing we track (a customer, a payout): acknowledged so the PSP stops
                // resending it
                LOG.log(System.Logger.Level.INFO, "{0} webhook {1} ({2}) names no payment of ours; acknowledged", psp,
                        webhook.eventId(),
                        webhook.eventType());
                yield new Receipt.NotOurs(webhook.eventId());
            }
            case WebhookVerdict.Accepted(var webhook) -> {
                outbox.publish(psp, webhook, body);
                yield new Receipt.Published(webhook.eventId());
            }
        };
    }
}
