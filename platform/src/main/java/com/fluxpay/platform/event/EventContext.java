package com.fluxpay.platform.event;

import java.util.UUID;
import org.slf4j.MDC;

/**
 * Who and what the current unit of work is acting for: the tenant, the correlation id of the request
 * that started it and the id of the event that caused it. The outbox stamps these on what it writes;
 * the inbox and the gateway open a scope for each event or request. It also feeds the log MDC.
 */
public final class EventContext {

    private static final ThreadLocal<EventContext> CURRENT = new ThreadLocal<>();

    private final String tenantId;
    private final String correlationId;
    private final String causationId;

    private EventContext(String tenantId, String correlationId, String causationId) {
        this.tenantId = tenantId;
        this.correlationId = correlationId;
        this.causationId = causationId;
    }

    public static EventContext current() {
        EventContext context = CURRENT.get();
        return context != null ? context : new EventContext(null, UUID.randomUUID().toString(), null);
    }

    /** A scope for work caused by an incoming event. */
    public static Scope causedBy(EventEnvelope cause) {
        String correlation = cause.correlationId() != null ? cause.correlationId() : cause.id().toString();
        return open(new EventContext(cause.tenantId(), correlation, cause.id().toString()));
    }

    /** A scope for work started by a request from outside (an HTTP call, a scheduler). */
    public static Scope startedBy(String tenantId, String correlationId) {
        return open(new EventContext(tenantId, correlationId, null));
    }

    private static Scope open(EventContext context) {
        EventContext previous = CURRENT.get();
        CURRENT.set(context);
        putMdc(context);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
                MDC.remove("tenantId");
                MDC.remove("correlationId");
            } else {
                CURRENT.set(previous);
                putMdc(previous);
            }
        };
    }

    private static void putMdc(EventContext context) {
        if (context.tenantId != null) {
            MDC.put("tenantId", context.tenantId);
        } else {
            MDC.remove("tenantId");
        }
        MDC.put("correlationId", context.correlationId);
    }

    public String tenantId() {
        return tenantId;
    }

    public String correlationId() {
        return correlationId;
    }

    public String causationId() {
        return causationId;
    }

    /** Closing restores whatever context was there before. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
