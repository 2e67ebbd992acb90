package com.fluxpay.payment.application.port;

import com.fluxpay.payment.domain.Money;
import com.fluxpay.payment.domain.Payment;

/**
 * Payment commands payment-service sends itself, through the outbox and the payment commands topic, so they
 * queue behind any other command for the same payment (keyed by payment id) and pass the same rules.
 */
public interface PaymentRequests {

    void cancel(Payment payment, String commandId, String reason);

    void refund(Payment payment, String refundId, Money amount, String reason);
}
