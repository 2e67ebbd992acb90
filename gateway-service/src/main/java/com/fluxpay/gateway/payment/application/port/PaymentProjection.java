package com.fluxpay.gateway.payment.application.port;

import com.fluxpay.gateway.payment.domain.PaymentCommandView;
import com.fluxpay.gateway.payment.domain.PaymentView;
import com.fluxpay.gateway.readmodel.domain.Stated;
import java.time.Instant;

/**
 * What the payment events and the gateway's own requests write into the payment read model. Each event's
 * {@link Stated} status is copied unless the row already shows a later version of the payment.
 */
public interface PaymentProjection {

    void approved(String paymentId, String tenantId, String orderId, long amount, String currency, String psp,
                  String captureMode, long capturedAmount, Stated state);

    void failed(String paymentId, String code, String reason, Stated state);

    void captured(String paymentId, String commandId, long capturedTotal, Stated state);

    void canceled(String paymentId, String commandId, Stated state);

    void refunded(String paymentId, String refundId, long refundedTotal, Stated state);

    void commandRejected(String commandId, String code, String reason, Instant at);

    /** The REQUESTED row of a payment; already there when a retried request sends the same payment again. */
    void insertRequested(PaymentView payment);

    void insertRequested(PaymentCommandView command);
}
