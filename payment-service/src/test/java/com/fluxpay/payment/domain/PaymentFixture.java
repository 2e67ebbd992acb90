package com.fluxpay.payment.domain;

import java.time.Instant;

/** Payments in every state, for an authorization of 10,000 KRW unless told otherwise. */
final class PaymentFixture {

    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    static final Money AUTHORIZED_AMOUNT = won(10_000);

    private PaymentFixture() {
    }

    static Money won(long amount) {
        return Money.of(amount, "KRW");
    }

    static Payment processing(CaptureMode mode) {
        return Payment.start(new PaymentId("pay_1"), new OrderId("ord_1"), "tenant-a", AUTHORIZED_AMOUNT, mode,
                "sandbox", "tok_approve", NOW);
    }

    static Payment authorized() {
        var payment = processing(CaptureMode.MANUAL);
        payment.approve("ch_1", NOW);
        return payment;
    }

    static Payment capturedFor(Money amount) {
        var payment = authorized();
        payment.capture(amount, true, NOW);
        return payment;
    }

    /** A payment brought into {@code state} the way the system would bring it there. */
    static Payment in(PaymentState state) {
        return switch (state) {
            case PROCESSING -> processing(CaptureMode.MANUAL);
            case UNKNOWN -> {
                var payment = processing(CaptureMode.MANUAL);
                payment.loseOutcome(NOW);
                yield payment;
            }
            case AUTHORIZED -> authorized();
            case PARTIALLY_CAPTURED -> {
                var payment = authorized();
                payment.capture(won(4_000), false, NOW);
                yield payment;
            }
            case CAPTURED -> capturedFor(AUTHORIZED_AMOUNT);
            case CANCELED -> {
                var payment = authorized();
                payment.cancel(NOW);
                yield payment;
            }
            case FAILED -> {
                var payment = processing(CaptureMode.MANUAL);
                payment.fail(FailureKind.DECLINED, "card_declined", NOW);
                yield payment;
            }
            case PARTIALLY_REFUNDED -> {
                var payment = capturedFor(AUTHORIZED_AMOUNT);
                payment.refund(won(3_000), NOW);
                yield payment;
            }
            case REFUNDED -> {
                var payment = capturedFor(AUTHORIZED_AMOUNT);
                payment.refund(AUTHORIZED_AMOUNT, NOW);
                yield payment;
            }
        };
    }
}
