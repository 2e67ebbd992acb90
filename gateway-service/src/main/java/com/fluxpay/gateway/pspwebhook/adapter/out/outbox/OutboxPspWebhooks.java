package com.fluxpay.gateway.pspwebhook.adapter.out.outbox;

import com.fluxpay.gateway.pspwebhook.application.port.PspWebhookEvents;
import com.fluxpay.gateway.pspwebhook.domain.VerifiedWebhook;

import com.fluxpay.contracts.psp.PspEventTypes;
import com.fluxpay.contracts.psp.PspWebhookReceived;
import com.fluxpay.platform.outbox.Outbox;
import com.fluxpay.platform.transactions.Transactions;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Puts an accepted webhook in the outbox; once this returns the event is durable and the PSP may be told 2xx.
 * Keyed by the payment reference, so one payment's webhooks reach payment-service in the order they came.
 * No tenant: the PSP account is FluxPay's, payment-service finds the tenant on the payment.
 */
public final class OutboxPspWebhooks implements PspWebhookEvents {

    private final Transactions transactions;
    private final Outbox outbox;
    private final Clock clock;

    public OutboxPspWebhooks(Transactions transactions, Outbox outbox, Clock clock) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void publish(String psp, VerifiedWebhook webhook, byte[] body) {
        var event = new PspWebhookReceived(psp, webhook.eventId(), webhook.eventType(), webhook.paymentReference(),
                webhook.pspObjectId(), clock.instant(), new String(body, StandardCharsets.UTF_8));
        transactions.run(() ->
                outbox.append(PspEventTypes.WEBHOOK_RECEIVED, webhook.paymentReference(), null, event));
    }
}
