package com.fluxpay.contracts.notification;

import com.fluxpay.contracts.EventType;
import java.util.List;

/** Commands to and events from notification-service (Topics.NOTIFICATION_COMMANDS / NOTIFICATION_EVENTS). */
public final class NotificationEventTypes {

    public static final List<EventType<?>> ALL = List.of();

    private NotificationEventTypes() {
    }
}
