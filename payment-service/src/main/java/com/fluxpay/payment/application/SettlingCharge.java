package com.fluxpay.payment.application;

import com.fluxpay.payment.application.port.ChargeResult;
import com.fluxpay.payment.application.port.OrderEvents;
import com.fluxpay.payment.application.port.Orders;
import com.fluxpay.payment.application.port.PaymentEvents;
import com.fluxpay.payment.application.port.Payments;
import com.fluxpay.payment.application.port.StrayCharges;
import com.fluxpay.payment.domain.Payment;
import com.fluxpay.platform.transactions.Transactions;
import com.fluxpay.payment.domain.FailureKind;
import com.fluxpay.payment.domain.PaymentId;
import com.fluxpay.payment.domain.PaymentOutcome;
import com.fluxpay.payment.domain.PaymentState;
import java.time.Clock;

/**
 * Records what the PSP said about a charge, with the payment and order events, in one transaction: either
 * the new state and its events commit together, or neither. Used by the confirm flow and the reconciler; the
 * payment row is locked, so the two take turns and the second finds the first's result. The order is locked
 * too (after its payment, as everywhere), so the version its event states is the one stored.
 */
public final class SettlingCharge {

    private static final System.Logger LOG = System.getLogger(SettlingCharge.class.getName());

    private final Payments payments;
    private final StrayCharges strays;
    private final Orders orders;
    private final PaymentEvents paymentEvents;
    private final OrderEvents orderEvents;
    private final Transactions transactions;
    private final Clock clock;

    public SettlingCharge(Payments payments, StrayCharges strays, Orders orders, PaymentEvents paymentEvents,
                          OrderEvents orderEvents, Transactions transactions, Clock clock) {
        this.payments = payments;
        this.strays = strays;
        this.orders = orders;
        this.paymentEvents = paymentEvents;
        this.orderEvents = orderEvents;
        this.transactions = transactions;
        this.clock = clock;
    }

    public PaymentState settle(PaymentId id, ChargeResult result) {
        return transactions.inTransaction(() -> {
            var payment = payments.lock(id).orElseThrow(() -> new IllegalStateException("no payment " + id));
            var now = clock.instant();
            if (result instanceof ChargeResult.Unknown && payment.state() == PaymentState.UNKNOWN) {
                // asked again, still no answer: it stays UNKNOWN and is asked again on the next pass
                LOG.log(System.Logger.Level.WARNING, "payment {0} is still unknown at {1}: {2}", id, payment.psp(),
                        result);
                return payment.state();
            }
            PaymentOutcome outcome = switch (result) {
                case ChargeResult.Approved approved -> payment.approve(approved.pspReference(), now);
                case ChargeResult.Declined declined ->
                        payment.fail(FailureKind.DECLINED, declined.code() + ": " + declined.message(), now);
                case ChargeResult.NotCharged notCharged -> payment.fail(FailureKind.NOT_CHARGED_AT_PSP,
                        notCharged.detail(), now);
                case ChargeResult.Unknown unknown -> payment.loseOutcome(now);
            };
            switch (outcome) {
                case PaymentOutcome.Changed changed -> announce(changed, result);
                case PaymentOutcome.Rejected rejected -> refused(payment, rejected, result);
            }
            return payment.state();
        });
    }

    private void announce(PaymentOutcome.Changed changed, ChargeResult lastAnswer) {
        var payment = changed.payment();
        var now = clock.instant();
        payments.update(payment);
        switch (changed.transition()) {
            case APPROVE_AUTHORIZATION, APPROVE_PURCHASE -> {
                var order = orders.lock(payment.orderId()).orElseThrow().paid();
                orders.update(order);
                paymentEvents.approved(payment, now);
                orderEvents.paid(order, payment, now);
            }
            case FAIL -> {
                var order = orders.lock(payment.orderId()).orElseThrow().canceled();
                orders.update(order);
                paymentEvents.failed(payment, now);
                orderEvents.paymentFailed(order, payment, now);
            }
            case LOSE_OUTCOME -> LOG.log(System.Logger.Level.WARNING,
                    "payment {0}: the PSP''s answer was lost ({1}); the reconciler will ask {2}", payment.id(),
                    lastAnswer, payment.psp());
            default -> throw new IllegalStateException("a charge cannot lead to " + changed.transition());
        }
    }

    // the other path (consumer, reconciler, webhook) settled first. An approval for a payment already failed
    // is money taken for an order that is not paid: recorded, announced, and given back by ReturningStrayCharges
    private void refused(Payment payment, PaymentOutcome.Rejected rejected, ChargeResult result) {
        if (result instanceof ChargeResult.Approved approved && rejected.state() == PaymentState.FAILED) {
            var now = clock.instant();
            if (strays.detected(payment.id(), approved.pspReference(), now)) {
                LOG.log(System.Logger.Level.WARNING, "payment {0} was approved by {1} after it failed here; "
                        + "the charge {2} will be given back", payment.id(), payment.psp(), approved.pspReference());
                paymentEvents.strayChargeDetected(payment, approved.pspReference(), now);
            }
            return;
        }
        LOG.log(System.Logger.Level.INFO, "payment {0} is already {1}; PSP answer {2} not applied",
                rejected.paymentId(), rejected.state(), result);
    }
}
