package com.fluxpay.gateway.payment.application.port;

import com.fluxpay.gateway.payment.domain.PaymentCommandView;
import com.fluxpay.gateway.payment.domain.PaymentView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import com.fluxpay.gateway.readmodel.domain.Cursor;

/** What the payment events and the gateway's own requests write into the payment read model. */
public interface PaymentProjection {

    void approved(String paymentId, String tenantId, String orderId, long amount, String currency, String psp,
                  String captureMode, long capturedAmount, Instant at);

    void failed(String paymentId, String code, String reason, Instant at);

    void captured(String paymentId, String commandId, long capturedTotal, Instant at);

    void canceled(String paymentId, String commandId, Instant at);

    void refunded(String paymentId, String refundId, long refundedTotal, Instant at);

    void commandRejected(String commandId, String code, String reason, Instant at);

    /** The REQUESTED row of a payment; already there when a retried request sends the same payment again. */
    void insertRequested(PaymentView payment);

    void insertRequested(PaymentCommandView command);
}
