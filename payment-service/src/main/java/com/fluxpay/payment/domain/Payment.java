package com.fluxpay.payment.domain;

import static com.fluxpay.payment.domain.PaymentOutcome.Reason.AMOUNT_NOT_POSITIVE;
import static com.fluxpay.payment.domain.PaymentOutcome.Reason.CURRENCY_MISMATCH;
import static com.fluxpay.payment.domain.PaymentOutcome.Reason.EXCEEDS_AUTHORIZED_AMOUNT;
import static com.fluxpay.payment.domain.PaymentOutcome.Reason.EXCEEDS_CAPTURED_AMOUNT;
import static com.fluxpay.payment.domain.PaymentOutcome.Reason.STATE_MISMATCH;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One attempt to take money for one order at one PSP. Every state change goes through
 * {@link PaymentTransitions}; a refused change comes back as {@link PaymentOutcome.Rejected}.
 *
 * <p>Captures: several partial captures may follow each other up to the authorized amount (the sandbox and
 * card networks allow it). PSPs that allow one capture per authorization (Stripe releases the rest on the
 * first capture) report that, and the capture then closes the payment ({@code remainderReleased}).
 * Refunds: several partial refunds, up to what was captured.
 *
 * <p>{@code version} counts the payment's state changes: 1 when it starts, one more for every transition the
 * table allows (a partial capture or refund after another too), nothing for a failover to another PSP. Its
 * events state it, so a reader keeps the newest state whatever order it learns them in.
 */
public final class Payment {

    private final PaymentId id;
    private final OrderId orderId;
    private final String tenantId;
    private final Money amount;
    private final CaptureMode captureMode;
    private String psp;
    private final String paymentMethod;
    private final String attemptKey;
    private final Instant createdAt;
    private PaymentState state;
    private String pspReference;
    private Money captured;
    private Money refunded;
    private FailureKind failure;
    private String failureDetail;
    private Instant updatedAt;
    private long version;

    private Payment(Snapshot s) {
        this.id = Objects.requireNonNull(s.id());
        this.orderId = Objects.requireNonNull(s.orderId());
        this.tenantId = Objects.requireNonNull(s.tenantId());
        this.amount = Objects.requireNonNull(s.amount());
        this.captureMode = Objects.requireNonNull(s.captureMode());
        this.psp = Objects.requireNonNull(s.psp());
        this.paymentMethod = s.paymentMethod();
        this.attemptKey = Objects.requireNonNull(s.attemptKey());
        this.createdAt = Objects.requireNonNull(s.createdAt());
        this.state = Objects.requireNonNull(s.state());
        this.pspReference = s.pspReference();
        this.captured = Objects.requireNonNull(s.captured());
        this.refunded = Objects.requireNonNull(s.refunded());
        this.failure = s.failure();
        this.failureDetail = s.failureDetail();
        this.updatedAt = Objects.requireNonNull(s.updatedAt());
        this.version = s.version();
        if (version < 1) {
            throw new IllegalStateException("payment " + id + " has version " + version + "; a started one has 1");
        }
        if (captured.isGreaterThan(amount) || refunded.isGreaterThan(captured)) {
            throw new IllegalStateException("payment " + id + " would hold more than it took: " + this);
        }
    }

    /**
     * A new attempt, PROCESSING from birth: it is stored and committed before the PSP hears of it, so a crash
     * after the call can always be reconciled by its {@code attemptKey} (the Idempotency-Key the PSP sees).
     */
    public static Payment start(PaymentId id, OrderId orderId, String tenantId, Money amount, CaptureMode mode,
                                String psp, String paymentMethod, Instant now) {
        return new Payment(new Snapshot(id, orderId, tenantId, amount, mode, psp, paymentMethod,
                "fluxpay-" + id.value(), now, PaymentState.PROCESSING, null, Money.zero(amount.currency()),
                Money.zero(amount.currency()), null, null, now, 1));
    }

    public static Payment restore(Snapshot snapshot) {
        return new Payment(snapshot);
    }

    /** The PSP approved the charge (directly, or when the reconciler asked). */
    public PaymentOutcome approve(String reference, Instant now) {
        var transition = captureMode == CaptureMode.AUTOMATIC
                ? PaymentTransition.APPROVE_PURCHASE : PaymentTransition.APPROVE_AUTHORIZATION;
        return move(transition, now).map(rejected -> (PaymentOutcome) rejected).orElseGet(() -> {
            pspReference = reference;
            if (transition == PaymentTransition.APPROVE_PURCHASE) {
                captured = amount;
            }
            return new PaymentOutcome.Changed(this, transition, captured);
        });
    }

    public PaymentOutcome fail(FailureKind kind, String detail, Instant now) {
        return move(PaymentTransition.FAIL, now).map(rejected -> (PaymentOutcome) rejected).orElseGet(() -> {
            failure = kind;
            failureDetail = detail;
            return new PaymentOutcome.Changed(this, PaymentTransition.FAIL, Money.zero(amount.currency()));
        });
    }

    public PaymentOutcome loseOutcome(Instant now) {
        return move(PaymentTransition.LOSE_OUTCOME, now).map(rejected -> (PaymentOutcome) rejected)
                .orElseGet(() -> new PaymentOutcome.Changed(this, PaymentTransition.LOSE_OUTCOME,
                        Money.zero(amount.currency())));
    }

    /**
     * Sends the attempt to another PSP: allowed only while PROCESSING, and the caller only does it when the
     * first PSP certainly moved no money (the request never reached it).
     */
    public void routeTo(String nextPsp, Instant now) {
        if (state != PaymentState.PROCESSING) {
            throw new IllegalStateException("payment " + id + " is " + state + "; only a processing one may fail over");
        }
        psp = Objects.requireNonNull(nextPsp);
        updatedAt = now;
    }

    /** Whether a capture of {@code requested} would be accepted; checked before the PSP is asked. */
    public Optional<PaymentOutcome.Rejected> checkCapture(Money requested) {
        return check(PaymentTransition.CAPTURE_KEEP_OPEN, requested, capturable(), EXCEEDS_AUTHORIZED_AMOUNT);
    }

    /** The PSP captured {@code requested}; {@code remainderReleased}: it voided the rest (one capture only). */
    public PaymentOutcome capture(Money requested, boolean remainderReleased, Instant now) {
        var problem = checkCapture(requested);
        if (problem.isPresent()) {
            return problem.get();
        }
        var transition = remainderReleased || requested.equals(capturable())
                ? PaymentTransition.CAPTURE_CLOSE : PaymentTransition.CAPTURE_KEEP_OPEN;
        moveChecked(transition, now);
        captured = captured.plus(requested);
        return new PaymentOutcome.Changed(this, transition, requested);
    }

    /** Whether a cancel would be accepted: a void of all (nothing captured) or of the uncaptured rest. */
    public Optional<PaymentOutcome.Rejected> checkCancel() {
        return PaymentTransitions.target(state, cancelTransition()).isPresent()
                ? Optional.empty() : Optional.of(rejected(STATE_MISMATCH));
    }

    public PaymentOutcome cancel(Instant now) {
        var released = capturable();
        var transition = cancelTransition();
        return move(transition, now).map(rejected -> (PaymentOutcome) rejected)
                .orElseGet(() -> new PaymentOutcome.Changed(this, transition, released));
    }

    public Optional<PaymentOutcome.Rejected> checkRefund(Money requested) {
        return check(PaymentTransition.REFUND_PART, requested, refundable(), EXCEEDS_CAPTURED_AMOUNT);
    }

    public PaymentOutcome refund(Money requested, Instant now) {
        var problem = checkRefund(requested);
        if (problem.isPresent()) {
            return problem.get();
        }
        var transition = requested.equals(refundable()) ? PaymentTransition.REFUND_REST : PaymentTransition.REFUND_PART;
        moveChecked(transition, now);
        refunded = refunded.plus(requested);
        return new PaymentOutcome.Changed(this, transition, requested);
    }

    public Money capturable() {
        return amount.minus(captured);
    }

    public Money refundable() {
        return captured.minus(refunded);
    }

    /** An authorization (or its uncaptured rest) is still open: it can be captured or voided. */
    public boolean hasOpenAuthorization() {
        return state == PaymentState.AUTHORIZED || state == PaymentState.PARTIALLY_CAPTURED;
    }

    /** Whether the payment holds or keeps money it has been told of (an unresolved charge is not counted). */
    public boolean keepsMoney() {
        return hasOpenAuthorization() || refundable().isPositive();
    }

    private PaymentTransition cancelTransition() {
        return state == PaymentState.PARTIALLY_CAPTURED ? PaymentTransition.RELEASE_REMAINDER : PaymentTransition.CANCEL;
    }

    // the state comes first: a capture of a refunded payment is a state mismatch whatever its amount
    private Optional<PaymentOutcome.Rejected> check(PaymentTransition transition, Money requested, Money limit,
                                                    PaymentOutcome.Reason tooMuch) {
        if (PaymentTransitions.target(state, transition).isEmpty()) {
            return Optional.of(rejected(STATE_MISMATCH));
        }
        if (!requested.sameCurrencyAs(amount)) {
            return Optional.of(rejected(CURRENCY_MISMATCH));
        }
        if (!requested.isPositive()) {
            return Optional.of(rejected(AMOUNT_NOT_POSITIVE));
        }
        if (requested.isGreaterThan(limit)) {
            return Optional.of(rejected(tooMuch));
        }
        return Optional.empty();
    }

    private Optional<PaymentOutcome.Rejected> move(PaymentTransition transition, Instant now) {
        var target = PaymentTransitions.target(state, transition);
        if (target.isEmpty()) {
            return Optional.of(rejected(STATE_MISMATCH));
        }
        state = target.get();
        updatedAt = now;
        version++;
        return Optional.empty();
    }

    // after a check passed: both capture (and both refund) transitions leave the same states, so a refusal
    // here would mean the table and the checks disagree
    private void moveChecked(PaymentTransition transition, Instant now) {
        move(transition, now).ifPresent(rejected -> {
            throw new IllegalStateException("the table refuses " + transition + " from " + rejected.state()
                    + " although the checks allowed it");
        });
    }

    private PaymentOutcome.Rejected rejected(PaymentOutcome.Reason reason) {
        return new PaymentOutcome.Rejected(id, reason, state);
    }

    public Snapshot snapshot() {
        return new Snapshot(id, orderId, tenantId, amount, captureMode, psp, paymentMethod, attemptKey, createdAt,
                state, pspReference, captured, refunded, failure, failureDetail, updatedAt, version);
    }

    public PaymentId id() {
        return id;
    }

    public OrderId orderId() {
        return orderId;
    }

    public String tenantId() {
        return tenantId;
    }

    public Money amount() {
        return amount;
    }

    public CaptureMode captureMode() {
        return captureMode;
    }

    public String psp() {
        return psp;
    }

    public String paymentMethod() {
        return paymentMethod;
    }

    public String attemptKey() {
        return attemptKey;
    }

    public PaymentState state() {
        return state;
    }

    public Optional<String> pspReference() {
        return Optional.ofNullable(pspReference);
    }

    public Money captured() {
        return captured;
    }

    public Money refunded() {
        return refunded;
    }

    /** How many state changes the payment has been through, its start included. */
    public long version() {
        return version;
    }

    public Optional<FailureKind> failure() {
        return Optional.ofNullable(failure);
    }

    public String failureDetail() {
        return failureDetail;
    }

    @Override
    public String toString() {
        return "Payment[" + id + " " + state + " v" + version + " " + amount + " captured=" + captured.minorUnits()
                + " refunded=" + refunded.minorUnits() + "]";
    }

    /** Everything a payment is, for storing and restoring it. */
    public record Snapshot(PaymentId id, OrderId orderId, String tenantId, Money amount, CaptureMode captureMode,
                           String psp, String paymentMethod, String attemptKey, Instant createdAt,
                           PaymentState state, String pspReference, Money captured, Money refunded,
                           FailureKind failure, String failureDetail, Instant updatedAt, long version) {
    }
}
