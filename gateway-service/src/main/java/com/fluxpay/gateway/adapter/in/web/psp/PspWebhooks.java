package com.fluxpay.gateway.adapter.in.web.psp;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Checks a webhook with its PSP's verifier and, if it passes, makes it durable in the outbox. */
public final class PspWebhooks {

    private static final Logger LOG = LoggerFactory.getLogger(PspWebhooks.class);

    private final Map<String, PspWebhookVerifier> verifiers;
    private final OutboxPspWebhooks outbox;

    public PspWebhooks(List<PspWebhookVerifier> verifiers, OutboxPspWebhooks outbox) {
        this.verifiers = verifiers.stream().collect(Collectors.toUnmodifiableMap(PspWebhookVerifier::psp,
                Function.identity()));
        this.outbox = outbox;
    }

    public List<String> psps() {
        return verifiers.keySet().stream().sorted().toList();
    }

    sealed interface Receipt {
        record NoSuchPsp() implements Receipt {
        }

        record Refused() implements Receipt {
        }

        record Published(String eventId) implements Receipt {
        }

        record NotOurs(String eventId) implements Receipt {
        }
    }

    Receipt receive(String psp, Function<String, String> headers, byte[] body) {
        var verifier = verifiers.get(psp);
        if (verifier == null) {
            return new Receipt.NoSuchPsp();
        }
        return switch (verifier.verify(headers, body)) {
            case WebhookVerdict.Refused refused -> {
                LOG.warn("refused a {} webhook: {}", psp, refused.reason());
                yield new Receipt.Refused();
            }
            case WebhookVerdict.Accepted(var webhook) when webhook.paymentReference() == null -> {
                // genuine, but about nothing we track (a customer, a payout): acknowledged so the PSP stops
                // resending it
                LOG.info("{} webhook {} ({}) names no payment of ours; acknowledged", psp, webhook.eventId(),
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
