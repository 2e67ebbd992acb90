package com.fluxpay.payment.application;

import com.fluxpay.payment.application.port.ChargeResult;
import com.fluxpay.payment.application.port.Orders;
import com.fluxpay.payment.application.port.PaymentEvents;
import com.fluxpay.payment.application.port.PaymentProvider;
import com.fluxpay.payment.application.port.Payments;
import com.fluxpay.platform.transactions.Transactions;
import com.fluxpay.payment.domain.CaptureMode;
import com.fluxpay.payment.domain.OrderId;
import com.fluxpay.payment.domain.Payment;
import com.fluxpay.payment.domain.PaymentId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Takes the money for an order, in three steps that make a crash harmless:
 * <ol>
 * <li>{@link #accept}: in the caller's transaction (the inbox's), store the payment PROCESSING with the
 * Idempotency-Key the PSP will see, and commit. A payment id seen before changes nothing: no second charge.</li>
 * <li>{@link #charge}: call the PSP, outside any transaction (a slow PSP holds no connection or lock).</li>
 * <li>{@link SettlingCharge}: record the answer and its events in one transaction.</li>
 * </ol>
 * A crash after 1 leaves a PROCESSING payment the reconciler asks the PSP about; nothing is ever sent twice.
 */
public final class ConfirmingPayment {

    private final Orders orders;
    private final Payments payments;
    private final PaymentEvents events;
    private final PaymentProviders providers;
    private final SettlingCharge settling;
    private final Transactions transactions;
    private final Clock clock;

    public ConfirmingPayment(Orders orders, Payments payments, PaymentEvents events, PaymentProviders providers,
                             SettlingCharge settling, Transactions transactions, Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.events = events;
        this.providers = providers;
        this.settling = settling;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A payment stored and committed, to be charged along {@code route}. */
    /** The payment as stored (PROCESSING, at the route's first PSP) and the PSPs it may go to, in order. */
    public record Accepted(Payment payment, List<String> route) {
    }

    /** Step 1, inside the caller's transaction. Empty: nothing to charge (seen before, or refused). */
    public Optional<Accepted> accept(ConfirmPaymentCommand command) {
        var id = new PaymentId(command.paymentId());
        if (payments.find(id).isPresent()) {
            return Optional.empty();
        }
        var orderId = new OrderId(command.orderId());
        // locked: of two payments racing for one order, the second sees the first (or the order it paid)
        var order = orders.lock(orderId).filter(found -> found.tenantId().equals(command.tenantId()));
        if (order.isEmpty()) {
            events.confirmForUnknownOrder(command, clock.instant());
            return Optional.empty();
        }
        var refusal = order.get().refusesPayment(command.amount(), command.currency(),
                payments.existsForOrder(orderId));
        if (refusal.isPresent()) {
            events.confirmRefused(command, refusal.get(), clock.instant());
            return Optional.empty();
        }
        var route = providers.routeFor(command.tenantId(), command.psp());
        if (route.isEmpty()) {
            events.confirmWithNoRoute(command, clock.instant());
            return Optional.empty();
        }
        var payment = Payment.start(id, orderId, command.tenantId(), order.get().amount(),
                command.manualCapture() ? CaptureMode.MANUAL : CaptureMode.AUTOMATIC, route.getFirst(),
                command.paymentMethod(), clock.instant());
        payments.add(payment);
        return Optional.of(new Accepted(payment, route));
    }

    /** Steps 2 and 3, outside any transaction, after {@link #accept} committed. */
    public void charge(Accepted accepted, ConfirmPaymentCommand command) {
        var payment = accepted.payment();
        var id = payment.id();
        var route = accepted.route();
        for (int i = 0; ; i++) {
            ChargeResult result = providers.named(route.get(i)).orElseThrow().charge(chargeOf(payment, command));
            boolean nextExists = i + 1 < route.size();
            // failover only where no money can have moved: the request never reached this PSP
            if (result instanceof ChargeResult.NotCharged notCharged && notCharged.neverSent() && nextExists) {
                String next = route.get(i + 1);
                payment = transactions.inTransaction(() -> {
                    var locked = payments.lock(id).orElseThrow();
                    locked.routeTo(next, clock.instant());
                    payments.update(locked);
                    return locked;
                });
                continue;
            }
            settling.settle(id, result);
            return;
        }
    }

    private static PaymentProvider.Charge chargeOf(Payment payment, ConfirmPaymentCommand command) {
        return new PaymentProvider.Charge(payment.id().value(), payment.orderId().value(), payment.attemptKey(),
                payment.amount(), payment.paymentMethod(), payment.captureMode(),
                command.pspParameters() == null ? Map.of() : command.pspParameters());
    }
}
