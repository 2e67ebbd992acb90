package com.fluxpay.client;

import com.fasterxml.jackson.databind.JavaType;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * One answer of the gateway: its status, headers and body as they came (for tests that check them, a replay
 * byte for byte say), and the body read as what the endpoint answers with ({@link #value()}) or as the problem
 * it reported ({@link #problem()}).
 */
public final class Answer<T> {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final Sent sent;
    private final int status;
    private final HttpHeaders headers;
    private final String body;
    private final Duration took;
    private final JavaType type;

    /** What was sent, as a log would show it: the credential is masked. */
    public record Sent(String method, URI uri, Map<String, String> headers, String body) {
    }

    Answer(Sent sent, int status, HttpHeaders headers, String body, Duration took, JavaType type) {
        this.sent = sent;
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.took = took;
        this.type = type;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }

    public HttpHeaders headers() {
        return headers;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public Optional<String> location() {
        return header("Location");
    }

    /** Answered from the idempotency record (the same key and body came before). */
    public boolean replayed() {
        return header("Idempotent-Replayed").filter("true"::equals).isPresent();
    }

    public Sent sent() {
        return sent;
    }

    public Duration took() {
        return took;
    }

    public boolean isProblem() {
        return header("Content-Type").filter(type -> type.startsWith(PROBLEM_JSON)).isPresent();
    }

    /** The body as this endpoint answers it; an error answer is not one, and says what it was instead. */
    public T value() {
        if (status >= 400 || isProblem()) {
            throw new UnexpectedAnswer("expected " + type.toCanonical() + ", got", this);
        }
        return Json.read(body, type);
    }

    /** The problem+json body of an error answer. */
    public Problem problem() {
        if (!isProblem()) {
            throw new UnexpectedAnswer("expected application/problem+json, got", this);
        }
        return Json.read(body, Problem.class);
    }

    /** The body read as another shape: a 202's while a change runs, say ({@link OrderChange}, {@link PaymentCommand}). */
    public <R> R as(Class<R> shape) {
        return Json.read(body, shape);
    }

    @Override
    public String toString() {
        return sent.method() + " " + sent.uri().getPath() + " -> " + status + " " + body;
    }

    /** An answer that is not what the caller expected; its message shows the answer. */
    public static final class UnexpectedAnswer extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        UnexpectedAnswer(String what, Answer<?> answer) {
            super(what + " " + answer);
        }
    }
}
