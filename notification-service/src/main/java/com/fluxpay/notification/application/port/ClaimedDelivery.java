package com.fluxpay.notification.application.port;

import com.fluxpay.notification.domain.OutgoingMessage;
import com.fluxpay.notification.domain.WebhookEndpoint;
import java.time.Instant;

/**
 * A delivery this instance holds a lease on, for one attempt. {@code attemptId} is the lease token: the
 * outcome is recorded only while the delivery still names it, so an instance that comes back after its
 * lease expired (and another took over) cannot overwrite a newer attempt.
 */
public record ClaimedDelivery(long deliveryId, long attemptId, int attempt, OutgoingMessage message,
                              WebhookEndpoint endpoint, Instant claimedAt) {
}
