package com.fluxpay.gateway.readmodel.domain;

import java.time.Instant;

/**
 * What an event says its aggregate became: the status and the per-aggregate version, which a read model copies,
 * guarded by the version (an older event never overwrites a newer state), instead of working the status out.
 *
 * @param status null when the producer predates stated statuses (events still in flight from the release
 *               before): the read model then falls back to its former reading, for that release only
 */
public record Stated(String status, long version, Instant at) {

    public static Stated of(Enum<?> status, long version, Instant at) {
        return new Stated(status == null ? null : status.name(), version, at);
    }

    /** As {@link #of(Enum, long, Instant)}; an event from before statuses were stated reads as {@code formerly}. */
    public static Stated of(Enum<?> status, long version, Instant at, String formerly) {
        return new Stated(status == null ? formerly : status.name(), version, at);
    }

    /** The stated status, or {@code formerly} for an event from before statuses were stated. */
    public String statusOr(String formerly) {
        return status != null ? status : formerly;
    }
}
