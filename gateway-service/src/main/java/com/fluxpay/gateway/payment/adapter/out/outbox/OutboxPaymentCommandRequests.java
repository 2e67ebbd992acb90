package com.fluxpay.gateway.payment.adapter.out.outbox;

import com.fluxpay.gateway.payment.application.port.PaymentProjection;
import com.fluxpay.contracts.payment.CancelPayment;
import com.fluxpay.contracts.payment.CaptureMode;
import com.fluxpay.contracts.payment.CapturePayment;
import com.fluxpay.contracts.payment.ConfirmPayment;
import com.fluxpay.contracts.payment.PaymentEventTypes;
import com.fluxpay.contracts.payment.RefundPayment;
import com.fluxpay.gateway.payment.application.port.PaymentCommandRequests;
import com.fluxpay.gateway.order.domain.OrderView;
import com.fluxpay.gateway.payment.domain.PaymentCommandView;
import com.fluxpay.gateway.payment.domain.PaymentRequest;
import com.fluxpay.gateway.payment.domain.PaymentView;
import com.fluxpay.platform.outbox.Outbox;
import com.fluxpay.platform.transactions.Transactions;
import java.time.Instant;
import java.util.Map;

/** Each payment command and its REQUESTED row commit together, or neither does. */
public class OutboxPaymentCommandRequests implements PaymentCommandRequests {

    private final Transactions transactions;
    private final PaymentProjection views;
    private final Outbox outbox;

    public OutboxPaymentCommandRequests(Transactions transactions, PaymentProjection views, Outbox outbox) {
        this.transactions = transactions;
        this.views = views;
        this.outbox = outbox;
    }

    @Override
    public void confirm(String paymentId, OrderView order, PaymentRequest request, Instant at) {
        String captureMode = request.captureModeOrDefault();
        transactions.run(() -> {
            views.insertRequested(new PaymentView(paymentId, order.tenantId(), order.id(), PaymentView.REQUESTED,
                    order.amount(), order.currency(), request.psp(), captureMode, 0, 0, null, null, at, at));
            outbox.append(PaymentEventTypes.CONFIRM, paymentId, order.tenantId(), new ConfirmPayment(paymentId,
                    order.id(), order.tenantId(), order.amount(), order.currency(), request.psp(),
                    request.paymentMethod(), CaptureMode.valueOf(captureMode),
                    request.pspParameters() == null ? Map.of() : request.pspParameters()));
        });
    }

    @Override
    public void change(PaymentView payment, PaymentCommandView command, String reason) {
        transactions.run(() -> {
            views.insertRequested(command);
            switch (command.kind()) {
                case CAPTURE -> outbox.append(PaymentEventTypes.CAPTURE, payment.id(), payment.tenantId(),
                        new CapturePayment(command.id(), payment.id(), payment.tenantId(), command.amount()));
                case CANCEL -> outbox.append(PaymentEventTypes.CANCEL, payment.id(), payment.tenantId(),
                        new CancelPayment(command.id(), payment.id(), payment.tenantId(), reason));
                case REFUND -> outbox.append(PaymentEventTypes.REFUND, payment.id(), payment.tenantId(),
                        new RefundPayment(command.id(), payment.id(), payment.tenantId(), command.amount(), reason));
            }
        });
    }
}
