package com.fluxpay.gateway.order.adapter.out.outbox;

import com.fluxpay.gateway.command.TenantId;
import com.fluxpay.gateway.order.application.port.OrderProjection;
import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.order.CancelOrder;
import com.fluxpay.contracts.order.CompleteOrder;
import com.fluxpay.contracts.order.CreateOrder;
import com.fluxpay.gateway.order.application.port.OrderCommands;
import com.fluxpay.gateway.order.domain.OrderCommandView;
import com.fluxpay.gateway.order.domain.OrderRequest;
import com.fluxpay.gateway.order.domain.OrderView;
import com.fluxpay.platform.event.EventContext;
import com.fluxpay.platform.outbox.Outbox;
import com.fluxpay.platform.transactions.Transactions;
import java.time.Instant;
import java.util.Map;

/** The REQUESTED row and its command (create, complete, cancel) commit together, or neither does. */
public class OutboxOrderCommands implements OrderCommands {

    private final Transactions transactions;
    private final OrderProjection views;
    private final Outbox outbox;

    public OutboxOrderCommands(Transactions transactions, OrderProjection views, Outbox outbox) {
        this.transactions = transactions;
        this.views = views;
        this.outbox = outbox;
    }

    @Override
    public void requestChange(OrderCommandView command, String reason) {
        transactions.run(() -> {
            views.insertCommand(command);
            switch (command.kind()) {
                case COMPLETE -> outbox.append(EventTypes.COMPLETE_ORDER, command.orderId(), command.tenantId(),
                        new CompleteOrder(command.id(), command.orderId(), command.tenantId()));
                case CANCEL -> outbox.append(EventTypes.CANCEL_ORDER, command.orderId(), command.tenantId(),
                        new CancelOrder(command.id(), command.orderId(), command.tenantId(), reason));
            }
        });
    }

    @Override
    public void requestCreation(String orderId, TenantId tenant, OrderRequest request, Instant requestedAt) {
        String tenantId = tenant.value();
        Map<String, String> metadata = request.metadata() == null ? Map.of() : request.metadata();
        transactions.run(() -> {
            views.insertRequested(new OrderView(orderId, tenantId, OrderView.REQUESTED, request.amount(),
                    request.currency(), request.description(), metadata, null, null, null, requestedAt, requestedAt));
            outbox.append(EventTypes.CREATE_ORDER, orderId, tenantId, new CreateOrder(orderId, tenantId,
                    EventContext.current().correlationId(), request.amount(), request.currency(),
                    request.description(), metadata));
        });
    }
}
