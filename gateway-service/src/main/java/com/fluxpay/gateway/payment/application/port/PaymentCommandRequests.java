package com.fluxpay.gateway.payment.application.port;

import com.fluxpay.gateway.order.domain.OrderView;
import com.fluxpay.gateway.payment.domain.PaymentCommandView;
import com.fluxpay.gateway.payment.domain.PaymentRequest;
import com.fluxpay.gateway.payment.domain.PaymentView;
import java.time.Instant;

/** Sends payment commands on, recording each as REQUESTED in the same transaction. */
public interface PaymentCommandRequests {

    void confirm(String paymentId, OrderView order, PaymentRequest request, Instant at);

    void change(PaymentView payment, PaymentCommandView command, String reason);
}
