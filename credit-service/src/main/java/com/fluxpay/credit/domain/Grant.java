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
     * What refunding {@code credits} more of this grant gives back: the price of the top {@code credits} of the grant
     * not yet refunded (see {@link #draw}). Refunds take one at a time, so the value a hold states is the value its
     * completion books, whatever is consumed meanwhile.
     */
    public Money refundValueOf(long credits) {
        var paid = paid().orElseThrow(() -> new IllegalStateException("grant " + id
                + " was free: it has no price to refund"));
        long top = quantity - refunded;
        return new Money(share(paid.price(), top) - share(paid.price(), top - credits), paid.price().currency());
    }

    /**
     * What {@code credits} leaving this grant by a {@code kind} movement are worth, exact with no drift: the grant's
     * credits are numbered 1..quantity and credit n is worth {@code floor(price * n / quantity) - floor(price * (n - 1)
     * / quantity)}. Consumptions and expiries take credits from the bottom (above those consumed or expired before),
     * refunds from the top (below those refunded before). Each credit leaves once, so the two ends never meet, and the
     * draws of a used-up grant add up to exactly its price (the sum telescopes to {@code floor(price * quantity /
     * quantity)}); a refund's value does not depend on what was consumed while it was pending.
     */
    Draw draw(MovementKind kind, long credits) {
        if (!kind.drawsFromGrants()) {
            throw new IllegalArgumentException(kind + " takes nothing out of grant " + id);
        }
        var drawn = Allocation.of(this, credits);
        if (paid().isEmpty()) {
            return new Draw(drawn, Optional.empty());
        }
        if (kind == MovementKind.REFUNDED) {
            return new Draw(drawn, Optional.of(refundValueOf(credits)));
        }
        var price = paid().get().price();
        long bottom = consumed + expired;
        return new Draw(drawn, Optional.of(new Money(share(price, bottom + credits) - share(price, bottom),
                price.currency())));
    }

    private Optional<Funding.Paid> paid() {
        return funding instanceof Funding.Paid paid ? Optional.of(paid) : Optional.empty();
    }

    private long share(Money price, long credits) {
        if (credits < 0 || credits > quantity) {
            throw new IllegalArgumentException("grant " + id + " has no credit number " + credits);
        }
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
