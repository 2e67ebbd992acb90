package com.fluxpay.gateway.payment.application.port;

import com.fluxpay.gateway.command.TenantId;
import com.fluxpay.gateway.payment.domain.PaymentCommandView;
import com.fluxpay.gateway.payment.domain.PaymentView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import com.fluxpay.gateway.readmodel.domain.Cursor;

/** The payment read model, and the projections that keep it current. */
public interface PaymentViews {

    Optional<PaymentView> find(TenantId tenantId, String paymentId);

    /** A tenant's payments, newest first, after the cursor; up to {@code limit}. */
    List<PaymentView> list(TenantId tenantId, Optional<Cursor> after, int limit);

    Optional<PaymentCommandView> findCommand(TenantId tenantId, String commandId);
}
