package com.fluxpay.notification.application.port;

import com.fluxpay.notification.domain.AttemptResult;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One delivery per (message, endpoint), its state and every attempt, in Postgres. */
public interface Deliveries {

    /** A new delivery due at {@code dueAt}; nothing if the message already has one for the endpoint. */
    void schedule(UUID messageId, String endpointId, String resourceId, Instant dueAt);

    /**
     * Leases up to {@code limit} due deliveries until {@code leaseUntil} and records an attempt in flight for
     * each, in one transaction. Skips a delivery while an earlier one about the same resource is still pending
     * for its endpoint, skips endpoints that already have {@code perEndpoint} attempts in flight, and skips
     * rows another instance has locked.
     */
    List<ClaimedDelivery> claimDue(Instant now, int limit, int perEndpoint, Instant leaseUntil);

    /** Records the attempt's result; false if the lease was lost (the result is kept, the state untouched). */
    boolean succeeded(ClaimedDelivery claim, AttemptResult result, Instant at);

    boolean retryAt(ClaimedDelivery claim, AttemptResult result, Instant nextAttemptAt, Instant at);

    boolean exhausted(ClaimedDelivery claim, AttemptResult result, Instant at);

    /** Cancels what was not delivered yet; returns how many. */
    int cancelPending(String endpointId, Instant at);

    /** Back to pending with a fresh schedule, due now; creates the delivery if the message had none. */
    void replay(UUID messageId, String endpointId, String resourceId, Instant now);

    /** Every exhausted delivery of the endpoint whose message was recorded at or after {@code since}, back to pending. */
    int replayExhaustedSince(String endpointId, Instant since, Instant now);
}
