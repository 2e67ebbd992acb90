package com.fluxpay.gateway.http;

import java.net.URI;
import java.util.function.Function;

/**
 * How one capability's answers read over HTTP: where its resources live and how one is written. Which status
 * an outcome gets is not the capability's to say: {@link CommandResponses} decides that for all of them.
 *
 * @param pending     what a 202 shows (the answer's body unless said otherwise)
 * @param subjectName the problem property that shows what a refusal was about (null: none)
 */
public record Replies<T>(String basePath, Function<? super T, ?> body, Function<? super T, ?> pending,
                         String subjectName, Function<? super T, ?> subject) {

    public static <T> Replies<T> at(String basePath, Function<? super T, ?> body) {
        return new Replies<>(basePath, body, body, null, body);
    }

    /** What a 202 shows, when it differs from the finished answer. */
    public Replies<T> whilePending(Function<? super T, ?> pendingBody) {
        return new Replies<>(basePath, body, pendingBody, subjectName, subject);
    }

    /** A refusal shows its subject, written as the answer would be, under {@code name}. */
    public Replies<T> refusalShows(String name) {
        return new Replies<>(basePath, body, pending, name, body);
    }

    public Replies<T> refusalShows(String name, Function<? super T, ?> subjectBody) {
        return new Replies<>(basePath, body, pending, name, subjectBody);
    }

    URI location(String id) {
        return URI.create(basePath + "/" + id);
    }
}
