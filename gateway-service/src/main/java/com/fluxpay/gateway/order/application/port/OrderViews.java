package com.fluxpay.gateway.order.application.port;

import com.fluxpay.gateway.command.TenantId;
import com.fluxpay.gateway.order.domain.OrderCommandView;
import com.fluxpay.gateway.order.domain.OrderView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import com.fluxpay.gateway.readmodel.domain.Cursor;

/** The order read model. */
public interface OrderViews {

    Optional<OrderView> find(TenantId tenantId, String orderId);

    /** A tenant's orders, newest first, after the cursor; up to {@code limit} (+1 to tell if more follow). */
    List<OrderView> list(TenantId tenantId, Optional<Cursor> after, int limit);

    Optional<OrderCommandView> findCommand(TenantId tenantId, String commandId);
}
