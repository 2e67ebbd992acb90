package com.fluxpay.credit.domain;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One top-up or free grant and where each of its credits is now. Every credit of {@code quantity} is in exactly
 * one place: free (available), reserved by an open reservation, held for a pending refund, consumed, expired
 * or refunded; the constructor refuses any other arithmetic, so a bug cannot make or lose credits.
 *
 * @param expiresAt when its free credits expire; null: never
 * @param sequence  the order grants were added to the account, which "oldest first" means (grantedAt may tie)
 */
public record Grant(GrantId id, Funding funding, int priority, Instant grantedAt, Instant expiresAt, long sequence,
                    long quantity, long reserved, long refundPending, long consumed, long expired, long refunded) {

    public Grant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(funding, "funding");
        Objects.requireNonNull(grantedAt, "grantedAt");
        if (quantity <= 0 || reserved < 0 || refundPending < 0 || consumed < 0 || expired < 0 || refunded < 0) {
            throw new IllegalArgumentException("grant " + id + " has a negative part or no quantity");
        }
        long placed = Math.addExact(Math.addExact(reserved, refundPending),
                Math.addExact(consumed, Math.addExact(expired, refunded)));
        if (placed > quantity) {
            throw new IllegalArgumentException("grant " + id + " has more credits placed than it granted");
        }
    }

    static Grant fresh(GrantId id, Funding funding, int priority, Instant grantedAt, Instant expiresAt, long sequence,
                       long quantity) {
        return new Grant(id, funding, priority, grantedAt, expiresAt, sequence, quantity, 0, 0, 0, 0, 0);
    }

    public GrantCategory category() {
        return funding.category();
    }

    public Optional<Instant> expiry() {
        return Optional.ofNullable(expiresAt);
    }

    /** Credits still in the grant, wherever they are held: what has not been consumed, expired or refunded. */
    public long remaining() {
        return quantity - consumed - expired - refunded;
    }

    /** Credits neither held nor gone; zero once the grant's expiry has been booked. */
    public long free() {
        return remaining() - reserved - refundPending;
    }

    /** Expiry is at the exact instant: at {@code expiresAt} itself the credits are gone. */
    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    public long availableAt(Instant now) {
        return isExpiredAt(now) ? 0 : free();
    }

    /**
     * What refunding {@code credits} more of this grant gives back: the price pro rata, rounded down, computed on
     * the running total so that refunding a grant in parts never pays back more (or less) than refunding it at once.
     */
    public Money refundValueOf(long credits) {
        if (!(funding instanceof Funding.Paid paid)) {
            throw new IllegalStateException("grant " + id + " was free: it has no price to refund");
        }
        long alreadyRefunded = refunded;
        long value = share(paid.price(), alreadyRefunded + credits) - share(paid.price(), alreadyRefunded);
        return new Money(value, paid.price().currency());
    }

    private long share(Money price, long credits) {
        return BigInteger.valueOf(price.minorUnits()).multiply(BigInteger.valueOf(credits))
                .divide(BigInteger.valueOf(quantity)).longValueExact();
    }

    Grant hold(long credits) {
        return with(reserved + credits, refundPending, consumed, expired, refunded);
    }

    Grant unhold(long credits) {
        return with(reserved - credits, refundPending, consumed, expired, refunded);
    }

    Grant consumeHeld(long credits) {
        return with(reserved - credits, refundPending, consumed + credits, expired, refunded);
    }

    Grant consumeFree(long credits) {
        return with(reserved, refundPending, consumed + credits, expired, refunded);
    }

    Grant expireFree() {
        return with(reserved, refundPending, consumed, expired + free(), refunded);
    }

    Grant holdForRefund(long credits) {
        return with(reserved, refundPending + credits, consumed, expired, refunded);
    }

    Grant completeRefund() {
        return with(reserved, 0, consumed, expired, refunded + refundPending);
    }

    Grant cancelRefund() {
        return with(reserved, 0, consumed, expired, refunded);
    }

    private Grant with(long reserved, long refundPending, long consumed, long expired, long refunded) {
        return new Grant(id, funding, priority, grantedAt, expiresAt, sequence, quantity, reserved, refundPending,
                consumed, expired, refunded);
    }
}
