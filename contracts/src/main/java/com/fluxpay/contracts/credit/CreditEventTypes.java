package com.fluxpay.contracts.credit;

import com.fluxpay.contracts.EventType;
import com.fluxpay.contracts.Topics;
import java.util.List;

/**
 * Credit commands and events (key: the account id, {@link CreditAccountIds#of}, so one account's events arrive in
 * version order) and the usage messages client services send (key: the usage id).
 */
public final class CreditEventTypes {

    public static final EventType<GrantCredits> GRANT =
            new EventType<>("credit.grant", 1, Topics.CREDIT_COMMANDS, GrantCredits.class);

    public static final EventType<CreditGranted> GRANTED =
            new EventType<>("credit.granted", 1, Topics.CREDIT_EVENTS, CreditGranted.class);
    public static final EventType<CreditReserved> RESERVED =
            new EventType<>("credit.reserved", 1, Topics.CREDIT_EVENTS, CreditReserved.class);
    public static final EventType<CreditReservationRejected> RESERVATION_REJECTED = new EventType<>(
            "credit.reservation.rejected", 1, Topics.CREDIT_EVENTS, CreditReservationRejected.class);
    public static final EventType<CreditDeducted> DEDUCTED =
            new EventType<>("credit.deducted", 1, Topics.CREDIT_EVENTS, CreditDeducted.class);
    public static final EventType<CreditReleased> RELEASED =
            new EventType<>("credit.released", 1, Topics.CREDIT_EVENTS, CreditReleased.class);
    public static final EventType<CreditRefunded> REFUNDED =
            new EventType<>("credit.refunded", 1, Topics.CREDIT_EVENTS, CreditRefunded.class);
    public static final EventType<CreditExpired> EXPIRED =
            new EventType<>("credit.expired", 1, Topics.CREDIT_EVENTS, CreditExpired.class);
    public static final EventType<CreditBalanceLow> BALANCE_LOW =
            new EventType<>("credit.balance.low", 1, Topics.CREDIT_EVENTS, CreditBalanceLow.class);
    public static final EventType<CreditCommandRejected> COMMAND_REJECTED =
            new EventType<>("credit.command.rejected", 1, Topics.CREDIT_EVENTS, CreditCommandRejected.class);

    public static final EventType<ServiceUsageRequested> USAGE_REQUESTED =
            new EventType<>("service.usage.requested", 1, Topics.SERVICE_USAGE, ServiceUsageRequested.class);
    public static final EventType<ServiceUsageCompleted> USAGE_COMPLETED =
            new EventType<>("service.usage.completed", 1, Topics.SERVICE_USAGE, ServiceUsageCompleted.class);
    public static final EventType<ServiceUsageFailed> USAGE_FAILED =
            new EventType<>("service.usage.failed", 1, Topics.SERVICE_USAGE, ServiceUsageFailed.class);

    public static final List<EventType<?>> ALL = List.of(GRANT, GRANTED, RESERVED, RESERVATION_REJECTED, DEDUCTED,
            RELEASED, REFUNDED, EXPIRED, BALANCE_LOW, COMMAND_REJECTED, USAGE_REQUESTED, USAGE_COMPLETED,
            USAGE_FAILED);

    private CreditEventTypes() {
    }
}
