package com.fluxpay.payment.adapter.in.kafka;

import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.payment.CancelPayment;
import com.fluxpay.contracts.payment.CaptureMode;
import com.fluxpay.contracts.payment.CapturePayment;
import com.fluxpay.contracts.payment.ConfirmPayment;
import com.fluxpay.contracts.payment.PaymentEventTypes;
import com.fluxpay.contracts.payment.RefundPayment;
import com.fluxpay.payment.application.ChangingPayment;
import com.fluxpay.payment.application.ConfirmPaymentCommand;
import com.fluxpay.payment.application.ConfirmingPayment;
import com.fluxpay.payment.application.PaymentCommand;
import com.fluxpay.payment.domain.PaymentId;
import com.fluxpay.platform.event.EventCodec;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.inbox.Inbox;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Payment commands: decode, call the use case, nothing else. In every case the PSP is called outside the
 * inbox's transaction: a confirm after its payment was committed, a capture/cancel/refund before its result
 * is committed together with the inbox record.
 */
public class PaymentCommandConsumer {

    static final String CONSUMER = "payment-commands";

    private final Inbox inbox;
    private final EventCodec codec;
    private final ConfirmingPayment confirming;
    private final ChangingPayment changing;

    public PaymentCommandConsumer(Inbox inbox, EventCodec codec, ConfirmingPayment confirming,
                                  ChangingPayment changing) {
        this.inbox = inbox;
        this.codec = codec;
        this.confirming = confirming;
        this.changing = changing;
    }

    @KafkaListener(topics = Topics.PAYMENT_COMMANDS)
    public void on(EventEnvelope envelope) {
        if (envelope.is(PaymentEventTypes.CONFIRM)) {
            confirm(envelope);
        } else if (envelope.is(PaymentEventTypes.CAPTURE)) {
            var c = codec.decode(envelope, PaymentEventTypes.CAPTURE);
            change(envelope, new PaymentCommand(PaymentCommand.Kind.CAPTURE, c.commandId(),
                    new PaymentId(c.paymentId()), c.tenantId(), c.amount(), null));
        } else if (envelope.is(PaymentEventTypes.CANCEL)) {
            var c = codec.decode(envelope, PaymentEventTypes.CANCEL);
            change(envelope, new PaymentCommand(PaymentCommand.Kind.CANCEL, c.commandId(),
                    new PaymentId(c.paymentId()), c.tenantId(), 0, c.reason()));
        } else if (envelope.is(PaymentEventTypes.REFUND)) {
            var c = codec.decode(envelope, PaymentEventTypes.REFUND);
            change(envelope, new PaymentCommand(PaymentCommand.Kind.REFUND, c.refundId(),
                    new PaymentId(c.paymentId()), c.tenantId(), c.amount(), c.reason()));
        }
    }

    private void confirm(EventEnvelope envelope) {
        var accepted = new AtomicReference<Optional<ConfirmingPayment.Accepted>>(Optional.empty());
        var command = new AtomicReference<ConfirmPaymentCommand>();
        inbox.receive(CONSUMER, envelope, PaymentEventTypes.CONFIRM, (ConfirmPayment confirm) -> {
            command.set(commandOf(confirm));
            accepted.set(confirming.accept(command.get()));
        });
        accepted.get().ifPresent(payment -> confirming.charge(payment, command.get()));
    }

    private void change(EventEnvelope envelope, PaymentCommand command) {
        var plan = changing.plan(command);
        var answer = changing.send(plan);
        inbox.receive(CONSUMER, envelope, () -> changing.settle(plan, answer));
    }

    private static ConfirmPaymentCommand commandOf(ConfirmPayment c) {
        return new ConfirmPaymentCommand(c.paymentId(), c.orderId(), c.tenantId(), c.amount(), c.currency(), c.psp(),
                c.paymentMethod(), c.captureMode() == CaptureMode.MANUAL, c.pspParameters());
    }
}
