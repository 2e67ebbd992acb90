package com.fluxpay.payment.adapter.in.kafka;

import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.payment.CaptureMode;
import com.fluxpay.contracts.payment.ConfirmPayment;
import com.fluxpay.contracts.payment.PaymentEventTypes;
import com.fluxpay.payment.application.ChangingPayment;
import com.fluxpay.payment.application.ConfirmPaymentCommand;
import com.fluxpay.payment.application.ConfirmingPayment;
import com.fluxpay.payment.application.PaymentCommand;
import com.fluxpay.payment.domain.PaymentId;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.Effect;
import com.fluxpay.platform.inbox.EventDispatcher;
import com.fluxpay.platform.inbox.EventHandlers;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Payment commands: decode, call the use case, nothing else. In every case the PSP is called outside the
 * inbox's transaction: a confirm after its payment was committed, a capture/cancel/refund before its result
 * is committed together with the inbox record.
 */
public class PaymentCommandConsumer {

    static final String CONSUMER = "payment-commands";

    private final EventDispatcher dispatcher;
    private final ConfirmingPayment confirming;
    private final ChangingPayment changing;
    private final EventHandlers handlers;

    public PaymentCommandConsumer(EventDispatcher dispatcher, ConfirmingPayment confirming, ChangingPayment changing) {
        this.dispatcher = dispatcher;
        this.confirming = confirming;
        this.changing = changing;
        this.handlers = EventHandlers.forConsumer(CONSUMER)
                .onPlanned(PaymentEventTypes.CONFIRM, (c, envelope) -> confirm(c))
                .onPlanned(PaymentEventTypes.CAPTURE, (c, envelope) -> change(new PaymentCommand(
                        PaymentCommand.Kind.CAPTURE, c.commandId(), new PaymentId(c.paymentId()), c.tenantId(),
                        c.amount(), null)))
                .onPlanned(PaymentEventTypes.CANCEL, (c, envelope) -> change(new PaymentCommand(
                        PaymentCommand.Kind.CANCEL, c.commandId(), new PaymentId(c.paymentId()), c.tenantId(), 0,
                        c.reason())))
                .onPlanned(PaymentEventTypes.REFUND, (c, envelope) -> change(new PaymentCommand(
                        PaymentCommand.Kind.REFUND, c.refundId(), new PaymentId(c.paymentId()), c.tenantId(),
                        c.amount(), c.reason())))
                .build();
    }

    EventHandlers handlers() {
        return handlers;
    }

    @KafkaListener(topics = Topics.PAYMENT_COMMANDS)
    public void on(EventEnvelope envelope) {
        dispatcher.dispatch(handlers, envelope);
    }

    // the payment is stored in the inbox transaction and charged once that committed; a duplicate charges nothing
    private Effect confirm(ConfirmPayment confirm) {
        var command = commandOf(confirm);
        return Effect.inTransaction(() -> confirming.accept(command),
                accepted -> accepted.ifPresent(payment -> confirming.charge(payment, command)));
    }

    // the PSP is asked first, so its answer is committed together with the inbox record
    private Effect change(PaymentCommand command) {
        var plan = changing.plan(command);
        var answer = changing.send(plan);
        return Effect.inTransaction(() -> changing.settle(plan, answer));
    }

    private static ConfirmPaymentCommand commandOf(ConfirmPayment c) {
        return new ConfirmPaymentCommand(c.paymentId(), c.orderId(), c.tenantId(), c.amount(), c.currency(), c.psp(),
                c.paymentMethod(), c.captureMode() == CaptureMode.MANUAL, c.pspParameters());
    }
}
