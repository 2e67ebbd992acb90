package com.fluxpay.ledger.domain;

import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/**
 * A payment event as the posting rules see it, free of the wire format. Amounts in minor units.
 * {@code sourceEventId} is the id of the event on Kafka; the entry it causes carries it.
 */
public sealed interface MoneyEvent {

    UUID sourceEventId();

    String paymentId();

    String tenantId();

    Currency currency();

    Instant occurredAt();

    /** Approved: {@code captured} when the PSP took the money at once, otherwise an authorization. */
    record Approved(UUID sourceEventId, String paymentId, String tenantId, Currency currency, long amount,
                    boolean captured, Instant occurredAt) implements MoneyEvent {
    }

    /** Part or all of an authorization captured. */
    record Captured(UUID sourceEventId, String paymentId, String tenantId, Currency currency, long amount,
                    Instant occurredAt) implements MoneyEvent {
    }

    /** The rest of an authorization released. */
    record Canceled(UUID sourceEventId, String paymentId, String tenantId, Currency currency, long releasedAmount,
                    Instant occurredAt) implements MoneyEvent {
    }

    /** Money returned to the customer; {@code orderId} the payment's order (null where unknown). */
    record Refunded(UUID sourceEventId, String paymentId, String refundId, String tenantId, Currency currency,
                    long amount, Instant occurredAt, String orderId) implements MoneyEvent {

        public Refunded(UUID sourceEventId, String paymentId, String refundId, String tenantId, Currency currency,
                        long amount, Instant occurredAt) {
            this(sourceEventId, paymentId, refundId, tenantId, currency, amount, occurredAt, null);
        }
    }

    /** Declined or failed: no money moved. */
    record Failed(UUID sourceEventId, String paymentId, String tenantId, Currency currency, Instant occurredAt)
            implements MoneyEvent {
    }
}
