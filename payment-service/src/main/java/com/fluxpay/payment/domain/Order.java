package com.fluxpay.payment.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An order a tenant's customer is asked to pay. Opening one either succeeds or says why not. {@code version}
 * counts its state changes: 1 when opened, one more for every change of status.
 */
public final class Order {

    static final int MAX_DESCRIPTION = 500;
    static final int MAX_METADATA_ENTRIES = 50;

    private final OrderId id;
    private final String tenantId;
    private final Money amount;
    private final String description;
    private final Map<String, String> metadata;
    private final OrderStatus status;
    private final Instant createdAt;
    private final long version;

    private Order(OrderId id, String tenantId, Money amount, String description, Map<String, String> metadata,
                  OrderStatus status, Instant createdAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.tenantId = Objects.requireNonNull(tenantId);
        this.amount = Objects.requireNonNull(amount);
        this.description = description;
        this.metadata = Map.copyOf(metadata);
        this.status = Objects.requireNonNull(status);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.version = version;
        if (version < 1) {
            throw new IllegalStateException("order " + id + " has version " + version + "; an open one has 1");
        }
    }

    /** Opens a pending order, or refuses with a reason the caller can show. */
    public static OrderOutcome open(OrderId id, String tenantId, long amount, String currencyCode, String description,
                                    Map<String, String> metadata, Instant now) {
        if (amount <= 0) {
            return new OrderOutcome.Refused(id, OrderOutcome.Reason.AMOUNT_NOT_POSITIVE);
        }
        if (!Currencies.isIso4217(currencyCode)) {
            return new OrderOutcome.Refused(id, OrderOutcome.Reason.UNKNOWN_CURRENCY);
        }
        if (description != null && description.length() > MAX_DESCRIPTION
                || metadata != null && metadata.size() > MAX_METADATA_ENTRIES) {
            return new OrderOutcome.Refused(id, OrderOutcome.Reason.TOO_LARGE);
        }
        var order = new Order(id, tenantId, Money.of(amount, currencyCode), description,
                metadata == null ? Map.of() : metadata, OrderStatus.PENDING, now, 1);
        return new OrderOutcome.Opened(order);
    }

    /** Rebuilds a stored order; no rules run, they ran when it was opened. */
    public static Order restore(OrderId id, String tenantId, Money amount, String description,
                                Map<String, String> metadata, OrderStatus status, Instant createdAt, long version) {
        return new Order(id, tenantId, amount, description, metadata, status, createdAt, version);
    }

    /** The order's payment was approved. Only a pending order can be paid: one payment per order. */
    public Order paid() {
        return moveTo(OrderStatus.PAID);
    }

    /** The order's payment failed; the order will not be paid. */
    public Order canceled() {
        return moveTo(OrderStatus.CANCELED);
    }

    /** The tenant says the order is fulfilled. {@code paymentUnresolved}: its payment's outcome is not known yet. */
    public OrderChange complete(boolean paymentUnresolved) {
        if (paymentUnresolved) {
            return new OrderChange.Refused(this, OrderChange.Reason.PAYMENT_IN_PROGRESS);
        }
        return switch (status) {
            case PAID -> new OrderChange.Changed(with(OrderStatus.COMPLETED));
            case COMPLETED -> new OrderChange.AlreadyThere(this);
            case PENDING -> new OrderChange.Refused(this, OrderChange.Reason.NOT_PAID);
            case CANCELED -> new OrderChange.Refused(this, OrderChange.Reason.ALREADY_CANCELED);
        };
    }

    /**
     * The tenant withdraws the order. A paid one gives its money back first (see {@link #paymentReturned}); one
     * whose payment's outcome is not known yet waits for it (it may yet be paid).
     */
    public OrderChange cancel(boolean paymentUnresolved) {
        if (paymentUnresolved) {
            return new OrderChange.Refused(this, OrderChange.Reason.PAYMENT_IN_PROGRESS);
        }
        return switch (status) {
            case PENDING -> new OrderChange.Changed(with(OrderStatus.CANCELED));
            case CANCELED -> new OrderChange.AlreadyThere(this);
            case PAID -> new OrderChange.ReturnPaymentFirst(this);
            case COMPLETED -> new OrderChange.Refused(this, OrderChange.Reason.ALREADY_COMPLETED);
        };
    }

    /**
     * The order's payment keeps nothing any more (voided, refunded in full). A paid order is then canceled;
     * a completed one stays completed (that money went back as a return, after fulfilment).
     */
    public OrderChange paymentReturned() {
        return status == OrderStatus.PAID ? new OrderChange.Changed(with(OrderStatus.CANCELED))
                : new OrderChange.AlreadyThere(this);
    }

    /** Whether a payment of {@code minorUnits} {@code currencyCode} asked by {@code tenant} can pay this order now. */
    public boolean accepts(String tenant, long minorUnits, String currencyCode) {
        return tenantId.equals(tenant) && refusesPayment(minorUnits, currencyCode, false).isEmpty();
    }

    /**
     * Why a payment of {@code minorUnits} {@code currencyCode} cannot pay this order now; empty when it can.
     * {@code hasPayment}: the order has a payment already (one payment per order: a second could charge it twice).
     */
    public Optional<PaymentRefusal> refusesPayment(long minorUnits, String currencyCode, boolean hasPayment) {
        return switch (status) {
            case PAID -> Optional.of(PaymentRefusal.ORDER_ALREADY_PAID);
            case COMPLETED -> Optional.of(PaymentRefusal.ORDER_COMPLETED);
            case CANCELED -> Optional.of(PaymentRefusal.ORDER_CANCELED);
            case PENDING -> pendingRefusesPayment(minorUnits, currencyCode, hasPayment);
        };
    }

    private Optional<PaymentRefusal> pendingRefusesPayment(long minorUnits, String currencyCode, boolean hasPayment) {
        if (amount.minorUnits() != minorUnits || !amount.currencyCode().equals(currencyCode)) {
            return Optional.of(PaymentRefusal.AMOUNT_MISMATCH);
        }
        // a payment that settled has paid or cancelled its order: the payment a pending order has is one whose
        // outcome is not known yet
        if (hasPayment) {
            return Optional.of(PaymentRefusal.PAYMENT_IN_PROGRESS);
        }
        return Optional.empty();
    }

    // the payment flow only settles orders it checked were pending (one payment per order, unique in the
    // database), so another status here is a broken invariant, not a business outcome
    private Order moveTo(OrderStatus next) {
        if (status != OrderStatus.PENDING) {
            throw new IllegalStateException("order " + id + " is " + status + ", it cannot become " + next);
        }
        return with(next);
    }

    private Order with(OrderStatus next) {
        return new Order(id, tenantId, amount, description, metadata, next, createdAt, version + 1);
    }

    public OrderId id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public Money amount() {
        return amount;
    }

    public String description() {
        return description;
    }

    public Map<String, String> metadata() {
        return metadata;
    }

    public OrderStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** How many state changes the order has been through, its opening included. */
    public long version() {
        return version;
    }
}
