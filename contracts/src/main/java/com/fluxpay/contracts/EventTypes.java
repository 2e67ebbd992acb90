package com.fluxpay.contracts;

import com.fluxpay.contracts.credit.CreditEventTypes;
import com.fluxpay.contracts.fleet.PingAnswered;
import com.fluxpay.contracts.fleet.PingRequested;
import com.fluxpay.contracts.ledger.LedgerEventTypes;
import com.fluxpay.contracts.notification.NotificationEventTypes;
import com.fluxpay.contracts.order.CancelOrder;
import com.fluxpay.contracts.order.CompleteOrder;
import com.fluxpay.contracts.order.CreateOrder;
import com.fluxpay.contracts.order.OrderCommandRejected;
import com.fluxpay.contracts.order.OrderCompleted;
import com.fluxpay.contracts.order.OrderCanceled;
import com.fluxpay.contracts.order.OrderPaid;
import com.fluxpay.contracts.order.OrderCreated;
import com.fluxpay.contracts.order.OrderRejected;
import com.fluxpay.contracts.payment.PaymentEventTypes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The catalogue of every message type FluxPay sends; docs/asyncapi.yaml documents the same list. */
public final class EventTypes {

    public static final EventType<CreateOrder> CREATE_ORDER =
            new EventType<>("order.create", 1, Topics.ORDER_COMMANDS, CreateOrder.class);
    public static final EventType<OrderCreated> ORDER_CREATED =
            new EventType<>("order.created", 1, Topics.ORDER_EVENTS, OrderCreated.class);
    public static final EventType<OrderRejected> ORDER_REJECTED =
            new EventType<>("order.rejected", 1, Topics.ORDER_EVENTS, OrderRejected.class);
    public static final EventType<PingRequested> PING_REQUESTED =
            new EventType<>("fleet.ping.requested", 1, Topics.FLEET_COMMANDS, PingRequested.class);
    public static final EventType<PingAnswered> PING_ANSWERED =
            new EventType<>("fleet.ping.answered", 1, Topics.FLEET_EVENTS, PingAnswered.class);

    public static final EventType<OrderPaid> ORDER_PAID =
            new EventType<>("order.paid", 1, Topics.ORDER_EVENTS, OrderPaid.class);
    /**
     * Published as {@code order.cancelled} (with {@code cancelledAt}, cause {@code CANCELLED_BEFORE_PAYMENT})
     * until the public API took one spelling; that name is still read, as this type, for one release.
     */
    public static final EventType<OrderCanceled> ORDER_CANCELED =
            new EventType<>("order.canceled", 1, Topics.ORDER_EVENTS, OrderCanceled.class)
                    .formerly(new EventType.FormerName("order.cancelled", Map.of("cancelledAt", "canceledAt"),
                            Map.of("CANCELLED_BEFORE_PAYMENT", "CANCELED_BEFORE_PAYMENT")));
    public static final EventType<CompleteOrder> COMPLETE_ORDER =
            new EventType<>("order.complete", 1, Topics.ORDER_COMMANDS, CompleteOrder.class);
    public static final EventType<CancelOrder> CANCEL_ORDER =
            new EventType<>("order.cancel", 1, Topics.ORDER_COMMANDS, CancelOrder.class);
    public static final EventType<OrderCompleted> ORDER_COMPLETED =
            new EventType<>("order.completed", 1, Topics.ORDER_EVENTS, OrderCompleted.class);
    public static final EventType<OrderCommandRejected> ORDER_COMMAND_REJECTED =
            new EventType<>("order.command.rejected", 1, Topics.ORDER_EVENTS, OrderCommandRejected.class);

    /** Every type of every area; each area keeps its own catalogue (PaymentEventTypes, ...). */
    public static final List<EventType<?>> ALL = Stream.of(
                    List.<EventType<?>>of(CREATE_ORDER, ORDER_CREATED, ORDER_REJECTED, ORDER_PAID, ORDER_CANCELED,
                            COMPLETE_ORDER, CANCEL_ORDER, ORDER_COMPLETED, ORDER_COMMAND_REJECTED,
                            PING_REQUESTED, PING_ANSWERED),
                    PaymentEventTypes.ALL, LedgerEventTypes.ALL, NotificationEventTypes.ALL,
                    com.fluxpay.contracts.psp.PspEventTypes.ALL, CreditEventTypes.ALL)
            .flatMap(List::stream).toList();

    /**
     * The catalogued type a published name is read as: itself, or the type a former name was renamed to (for
     * the release after the rename). Empty for a name nobody catalogues.
     */
    public static Optional<EventType<?>> readAs(String publishedName) {
        return ALL.stream().filter(type -> type.name().equals(publishedName)).findFirst()
                .or(() -> ALL.stream().filter(type -> type.formerName(publishedName).isPresent()).findFirst());
    }

    /** The name a published name is current as: the renamed type's for a former name, else itself. */
    public static String currentName(String publishedName) {
        return readAs(publishedName).<String>map(EventType::name).orElse(publishedName);
    }

    private EventTypes() {
    }
}
