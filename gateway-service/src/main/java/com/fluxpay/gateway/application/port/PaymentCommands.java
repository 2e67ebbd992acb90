package com.fluxpay.gateway.application.port;

import com.fluxpay.gateway.domain.OrderView;
import com.fluxpay.gateway.domain.payment.PaymentCommandView;
import com.fluxpay.gateway.domain.payment.PaymentRequest;
import com.fluxpay.gateway.domain.payment.PaymentView;
import java.time.Instant;

/** Sends payment commands on, recording each as REQUESTED in the same transaction. */
public interface PaymentCommands {

    void confirm(String paymentId, OrderView order, PaymentRequest request, Instant at);

    void change(PaymentView payment, PaymentCommandView command, String reason);
}
