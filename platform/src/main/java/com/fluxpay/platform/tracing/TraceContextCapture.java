package com.fluxpay.platform.tracing;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;

/**
 * Captures the current trace as a W3C {@code traceparent}, so an event published later by the outbox
 * relay still continues the trace of the request or event that caused it.
 */
public final class TraceContextCapture {

    private final Tracer tracer;
    private final Propagator propagator;

    public TraceContextCapture(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    public static TraceContextCapture none() {
        return new TraceContextCapture(null, null);
    }

    /** The current traceparent, or null outside a trace. */
    public String currentTraceparent() {
        if (tracer == null || tracer.currentTraceContext().context() == null) {
            return null;
        }
        TraceContext context = tracer.currentTraceContext().context();
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(context, carrier, Map::put);
        return carrier.get("traceparent");
    }
}
