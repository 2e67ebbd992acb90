package com.fluxpay.ledger.domain;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A credit event as the ledger reads it, free of the wire format: one movement of one credit account (version 1,
 * 2, 3...), the credits it moved and the balance it left. Quantities are in the account's {@code unit}, money in
 * minor units. {@code sourceEventId} is the id of the event on Kafka; the entry it causes carries it.
 *
 * @param grant  for GRANTED: the grant that arrived; otherwise empty
 * @param draws  for DEDUCTED, EXPIRED, REFUNDED: which grants the credits left and what they were worth
 */
public record CreditMovement(UUID sourceEventId, String accountId, String tenantId, String customerId,
                             String unit, Kind kind, long version, long quantity, Optional<GrantArrived> grant,
                             List<Draw> draws, long available, long reserved, long refundPending,
                             Instant occurredAt) {

    public enum Kind {
        GRANTED(1), DEDUCTED(-1), EXPIRED(-1), REFUNDED(-1), RELEASED(0);

        private final int sign;

        Kind(int sign) {
            this.sign = sign;
        }

        /** How the movement changes the account's credits (available, reserved and refund-pending together). */
        public long effectOn(long quantity) {
            return sign * quantity;
        }
    }

    public enum Category {
        PAID, FREE
    }

    /** A grant as credit.granted states it: a PAID one's price, a FREE one's none. */
    public record GrantArrived(String grantId, Category category, Optional<Long> priceAmount,
                               Optional<Currency> currency) {
    }

    /** {@code amount} of {@code currency}; a free draw has amount 0 and no currency. */
    public record Draw(String grantId, Category category, long quantity, long amount, Optional<Currency> currency) {

        public Draw {
            if (quantity <= 0 || amount < 0 || (amount > 0 && currency.isEmpty())) {
                throw new IllegalArgumentException("an impossible draw of grant " + grantId + ": " + quantity
                        + " credits worth " + amount + " " + currency);
            }
        }
    }

    public CreditMovement {
        Objects.requireNonNull(sourceEventId, "sourceEventId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(grant, "grant");
        draws = List.copyOf(draws);
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** The account's credits the event states it left: every credit not consumed, expired or refunded. */
    public long statedTotal() {
        return Math.addExact(Math.addExact(available, reserved), refundPending);
    }
}
