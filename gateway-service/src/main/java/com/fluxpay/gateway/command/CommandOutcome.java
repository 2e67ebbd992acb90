package com.fluxpay.gateway.command;

import java.util.List;
import java.util.Objects;

/**
 * How a request that sends a command ended, as far as the gateway waited: one type for every capability,
 * turned into HTTP in one place ({@code http.CommandResponses}). {@code T} is what the capability answers with
 * (a read-model view); {@code id} names the resource its Location points at.
 */
public sealed interface CommandOutcome<T> {

    /** Bad input: nothing was stored or sent. */
    record Invalid<T>(List<Violation> violations) implements CommandOutcome<T> {
        public Invalid {
            violations = List.copyOf(violations);
        }
    }

    /** No such resource for this tenant (another tenant's ids are not found either). */
    record NotFound<T>(String resource, String id) implements CommandOutcome<T> {
    }

    /**
     * Refused under a stable code (docs/errors.md) by the service that owns the rules, or by the gateway's own
     * check of the read model; {@code subject}, if known, is shown beside the problem.
     */
    record Refused<T>(String code, String detail, T subject) implements CommandOutcome<T> {
        public Refused {
            Objects.requireNonNull(code, "code");
        }
    }

    /** What was asked has happened (now, or before); {@code created} when it made a new resource. */
    record Done<T>(String id, T result, boolean created) implements CommandOutcome<T> {
    }

    /** Sent, not answered within the wait: the client follows the Location. {@code result} may be null. */
    record Accepted<T>(String id, T result) implements CommandOutcome<T> {
    }

    static <T> CommandOutcome<T> invalid(List<Violation> violations) {
        return new Invalid<>(violations);
    }

    static <T> CommandOutcome<T> notFound(String resource, String id) {
        return new NotFound<>(resource, id);
    }

    static <T> CommandOutcome<T> refused(String code, String detail) {
        return new Refused<>(code, detail, null);
    }
}
