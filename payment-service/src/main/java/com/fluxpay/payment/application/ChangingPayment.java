package com.fluxpay.payment.application;

import com.fluxpay.payment.application.port.OperationResult;
import com.fluxpay.payment.application.port.OrderEvents;
import com.fluxpay.payment.application.port.Orders;
import com.fluxpay.payment.application.port.PaymentCommands;
import com.fluxpay.payment.application.port.PaymentEvents;
import com.fluxpay.payment.application.port.PaymentProvider;
import com.fluxpay.payment.application.port.Payments;
import com.fluxpay.payment.domain.Money;
import com.fluxpay.payment.domain.OrderChange;
import com.fluxpay.payment.domain.Payment;
import com.fluxpay.payment.domain.PaymentOutcome;
import com.fluxpay.payment.domain.PaymentTransition;
import java.time.Clock;
import java.util.Optional;

/**
 * Captures, cancels and refunds, in three steps: {@link #plan} reads and checks the payment's rules (nothing
 * reaches the PSP that the rules refuse), {@link #send} calls the PSP outside any transaction with the command
 * id as Idempotency-Key, {@link #settle} records the answer and its event in the caller's (inbox's)
 * transaction. A crash between send and settle leaves the command unacknowledged; Kafka redelivers it, the
 * PSP replays its first answer for the same key, and it is settled once. This relies on the PSP keeping
 * idempotency keys longer than a redelivery can take (Stripe: 24 h; TossPayments: 15 days).
 */
public final class ChangingPayment {

    private static final System.Logger LOG = System.getLogger(ChangingPayment.class.getName());

    private final Payments payments;
    private final PaymentCommands commands;
    private final PaymentEvents events;
    private final Orders orders;
    private final OrderEvents orderEvents;
    private final PaymentProviders providers;
    private final Clock clock;

    public ChangingPayment(Payments payments, PaymentCommands commands, PaymentEvents events, Orders orders,
                           OrderEvents orderEvents, PaymentProviders providers, Clock clock) {
        this.payments = payments;
        this.commands = commands;
        this.events = events;
        this.orders = orders;
        this.orderEvents = orderEvents;
        this.providers = providers;
        this.clock = clock;
    }

    /** What to do with a command, decided before anything is sent. */
    public sealed interface Plan {
        PaymentCommand command();
    }

    public record AlreadyProcessed(PaymentCommand command) implements Plan {
    }

    public record Refuse(PaymentCommand command, PaymentOutcome.Reason reason) implements Plan {
    }

    public record Send(PaymentCommand command, Payment payment) implements Plan {
    }

    public Plan plan(PaymentCommand command) {
        if (commands.seen(command.commandId())) {
            return new AlreadyProcessed(command);
        }
        var payment = payments.find(command.paymentId()).filter(p -> p.tenantId().equals(command.tenantId()));
        if (payment.isEmpty()) {
            // another tenant's payment is answered like a missing one
            return new Refuse(command, PaymentOutcome.Reason.STATE_MISMATCH);
        }
        var amount = amountOf(command, payment.get());
        Optional<PaymentOutcome.Rejected> problem = switch (command.kind()) {
            case CAPTURE -> payment.get().checkCapture(amount);
            case CANCEL -> payment.get().checkCancel();
            case REFUND -> payment.get().checkRefund(amount);
        };
        return problem.<Plan>map(rejected -> new Refuse(command, rejected.reason()))
                .orElseGet(() -> new Send(command, payment.get()));
    }

    /** Outside any transaction. Throws PspUnavailableException when the PSP does not answer: retried, same key. */
    public Optional<OperationResult> send(Plan plan) {
        if (!(plan instanceof Send send)) {
            return Optional.empty();
        }
        var payment = send.payment();
        var provider = providers.named(payment.psp())
                .orElseThrow(() -> new IllegalStateException("no connector for " + payment.psp()));
        var command = send.command();
        var operation = new PaymentProvider.Operation(payment.pspReference().orElse(null), payment.id().value(),
                amountOf(command, payment), command.commandId(), command.reason());
        return Optional.of(switch (command.kind()) {
            case CAPTURE -> provider.capture(operation);
            case CANCEL -> provider.cancel(operation);
            case REFUND -> provider.refund(operation);
        });
    }

    /** In the caller's transaction. */
    public void settle(Plan plan, Optional<OperationResult> answer) {
        var now = clock.instant();
        var command = plan.command();
        if (plan instanceof AlreadyProcessed || !commands.record(command, now)) {
            events.alreadyProcessed(command, now);
            return;
        }
        switch (plan) {
            case Refuse refuse -> events.commandRejected(command, refuse.reason(), now);
            case Send send -> apply(command, answer.orElseThrow());
            case AlreadyProcessed ignored -> throw new IllegalStateException("handled above");
        }
    }

    private void apply(PaymentCommand command, OperationResult answer) {
        var now = clock.instant();
        if (answer instanceof OperationResult.Refused refused) {
            events.commandRefusedByPsp(command, refused.code(), now);
            return;
        }
        var done = (OperationResult.Done) answer;
        var payment = payments.lock(command.paymentId()).orElseThrow();
        var amount = amountOf(command, payment);
        PaymentOutcome outcome = switch (command.kind()) {
            case CAPTURE -> payment.capture(amount, done.remainderReleased(), now);
            case CANCEL -> payment.cancel(now);
            case REFUND -> payment.refund(amount, now);
        };
        switch (outcome) {
            case PaymentOutcome.Changed changed -> {
                payments.update(payment);
                switch (command.kind()) {
                    case CAPTURE -> {
                        events.captured(payment, command.commandId(), changed.amount(), now);
                        if (changed.transition() == PaymentTransition.CAPTURE_CLOSE && payment.capturable().isPositive()) {
                            // the PSP released the rest with this capture (Stripe allows one capture): say so,
                            // or the ledger would hold the remainder as authorized for ever
                            events.canceled(payment, command.commandId(), payment.capturable(),
                                    "remainder released by the closing capture", now);
                        }
                    }
                    case CANCEL -> events.canceled(payment, command.commandId(), changed.amount(), command.reason(), now);
                    case REFUND -> events.refunded(payment, command.commandId(), changed.amount(), now);
                }
                if (command.kind() != PaymentCommand.Kind.CAPTURE) {
                    followedByOrder(payment, command.reason());
                }
            }
            case PaymentOutcome.Rejected rejected -> {
                // the PSP did it but the payment moved meanwhile (only one command per payment runs at a time,
                // keyed by payment id, so this needs a concurrent writer): a human must look
                LOG.log(System.Logger.Level.ERROR, "PSP performed {0} {1} on {2} but the payment refuses it: {3}",
                        command.kind(), command.commandId(), payment, rejected.reason());
                events.commandRejected(command, rejected.reason(), now);
            }
        }
    }

    // a paid order whose payment keeps nothing any more (voided, refunded in full) is canceled with it
    private void followedByOrder(Payment payment, String reason) {
        if (payment.keepsMoney()) {
            return;
        }
        var change = orders.lock(payment.orderId()).orElseThrow().paymentReturned();
        if (change instanceof OrderChange.Changed changed) {
            orders.update(changed.order());
            orderEvents.paymentReturned(changed.order(), reason, clock.instant());
        }
    }

    // a cancel moves what is left of the authorization; captures and refunds name their amount
    private static Money amountOf(PaymentCommand command, Payment payment) {
        return command.kind() == PaymentCommand.Kind.CANCEL ? payment.capturable()
                : new Money(command.amount(), payment.amount().currency());
    }
}
