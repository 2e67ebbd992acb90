package com.fluxpay.payment.adapter.out.events;

import com.fluxpay.contracts.payment.CancelPayment;
import com.fluxpay.contracts.payment.PaymentEventTypes;
import com.fluxpay.contracts.payment.RefundPayment;
import com.fluxpay.payment.application.port.PaymentRequests;
import com.fluxpay.payment.domain.Money;
import com.fluxpay.payment.domain.Payment;
import com.fluxpay.platform.outbox.Outbox;

/** Payment commands payment-service sends itself, as the gateway would: same contract, same topic and key. */
public class OutboxPaymentRequests implements PaymentRequests {

    private final Outbox outbox;

    public OutboxPaymentRequests(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void cancel(Payment payment, String commandId, String reason) {
        outbox.append(PaymentEventTypes.CANCEL, payment.id().value(), payment.tenantId(),
                new CancelPayment(commandId, payment.id().value(), payment.tenantId(), reason));
    }

    @Override
    public void refund(Payment payment, String refundId, Money amount, String reason) {
        outbox.append(PaymentEventTypes.REFUND, payment.id().value(), payment.tenantId(),
                new RefundPayment(refundId, payment.id().value(), payment.tenantId(), amount.minorUnits(), reason));
    }
}
