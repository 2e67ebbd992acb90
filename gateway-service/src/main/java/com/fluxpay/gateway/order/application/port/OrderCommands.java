package com.fluxpay.gateway.order.application.port;

import com.fluxpay.gateway.command.TenantId;
import com.fluxpay.gateway.order.domain.OrderCommandView;
import com.fluxpay.gateway.order.domain.OrderRequest;
import java.time.Instant;

/** Sends order commands on, recording the request as REQUESTED in the same transaction. */
public interface OrderCommands {

    void requestCreation(String orderId, TenantId tenantId, OrderRequest request, Instant requestedAt);

    /** Sends a complete or cancel request; sending the same command id again changes nothing. */
    void requestChange(OrderCommandView command, String reason);
}
