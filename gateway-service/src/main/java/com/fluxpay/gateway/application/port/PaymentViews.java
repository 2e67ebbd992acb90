package com.fluxpay.gateway.application.port;

import com.fluxpay.gateway.domain.payment.PaymentCommandView;
import com.fluxpay.gateway.domain.payment.PaymentView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import com.fluxpay.gateway.domain.paging.Cursor;

/** The payment read model, and the projections that keep it current. */
public interface PaymentViews {

    Optional<PaymentView> find(String tenantId, String paymentId);

    /** A tenant's payments, newest first, after the cursor; up to {@code limit}. */
    List<PaymentView> list(String tenantId, Optional<Cursor> after, int limit);

    Optional<PaymentCommandView> findCommand(String tenantId, String commandId);

    void approved(String paymentId, String tenantId, String orderId, long amount, String currency, String psp,
                  String captureMode, long capturedAmount, Instant at);

    void failed(String paymentId, String code, String reason, Instant at);

    void captured(String paymentId, String commandId, long capturedTotal, Instant at);

    void canceled(String paymentId, String commandId, Instant at);

    void refunded(String paymentId, String refundId, long refundedTotal, Instant at);

    void commandRejected(String commandId, String code, String reason, Instant at);
}
