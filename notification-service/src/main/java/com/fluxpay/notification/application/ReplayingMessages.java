package com.fluxpay.notification.application;

import com.fluxpay.contracts.error.ErrorCode;
import com.fluxpay.contracts.notification.ReplayFailedWebhookMessages;
import com.fluxpay.contracts.notification.ReplayWebhookMessage;
import com.fluxpay.notification.application.port.Deliveries;
import com.fluxpay.notification.application.port.OutgoingMessages;
import com.fluxpay.notification.domain.OutgoingMessage;
import java.time.Clock;
import java.util.Optional;

/**
 * Sends messages again on a merchant's request: one message (whatever became of it, even one the endpoint
 * never subscribed to), or every exhausted message since a time. A replay is a new round of the retry
 * schedule with the same webhook id; it keeps its place in its resource's order (an older message replayed
 * holds back later ones about the same resource that are still pending).
 */
public final class ReplayingMessages {

    private final EndpointOwnership ownership;
    private final OutgoingMessages messages;
    private final Deliveries deliveries;
    private final Clock clock;

    public ReplayingMessages(EndpointOwnership ownership, OutgoingMessages messages, Deliveries deliveries,
                             Clock clock) {
        this.ownership = ownership;
        this.messages = messages;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    public void replay(ReplayWebhookMessage command) {
        String name = "notification.message.replay";
        if (ownership.owned(command.endpointId(), command.tenantId(), name).isEmpty()) {
            return;
        }
        Optional<OutgoingMessage> message = messages.find(command.messageId())
                .filter(found -> found.tenantId().equals(command.tenantId()));
        if (message.isEmpty()) {
            ownership.reject(command.endpointId(), command.tenantId(), name, ErrorCode.NTF_006,
                    "unknown message " + command.messageId());
            return;
        }
        deliveries.replay(message.get().id(), command.endpointId(), message.get().resourceId(), clock.instant());
    }

    public void replayFailed(ReplayFailedWebhookMessages command) {
        if (ownership.owned(command.endpointId(), command.tenantId(), "notification.endpoint.replay.failed").isEmpty()) {
            return;
        }
        deliveries.replayExhaustedSince(command.endpointId(), command.since(), clock.instant());
    }
}
