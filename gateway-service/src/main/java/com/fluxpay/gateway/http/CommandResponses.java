package com.fluxpay.gateway.http;

import java.util.function.Function;
import java.util.Optional;
import com.fluxpay.gateway.command.CommandOutcome;
import java.util.Map;
import org.springframework.http.ResponseEntity;

/** The one place where a command's outcome becomes an HTTP answer, for every capability. */
public final class CommandResponses {

    private CommandResponses() {
    }

    public static <T> ResponseEntity<Object> answer(CommandOutcome<T> outcome, Replies<T> replies) {
        return switch (outcome) {
            case CommandOutcome.Invalid<T> invalid -> ApiProblems.response(ApiProblems.invalid(invalid.violations()));
            case CommandOutcome.NotFound<T> missing ->
                    ApiProblems.response(ApiProblems.notFound(missing.resource() + " " + missing.id()));
            case CommandOutcome.Refused<T> refused -> ApiProblems.response(refusal(refused, replies));
            case CommandOutcome.Done<T> done -> done.created()
                    ? ResponseEntity.created(replies.location(done.id())).body(replies.body().apply(done.result()))
                    : ResponseEntity.ok(replies.body().apply(done.result()));
            case CommandOutcome.Accepted<T> accepted -> ResponseEntity.accepted().location(replies.location(accepted.id()))
                    .body(accepted.result() == null ? Map.of("id", accepted.id(), "status", "REQUESTED")
                            : replies.pending().apply(accepted.result()));
        };
    }

    /** A read by id: the resource, or 404 RES_001 when this tenant has none by that id. */
    public static <T> ResponseEntity<Object> found(Optional<T> view, Function<? super T, ?> body, String resource,
                                                   String id) {
        return view.<ResponseEntity<Object>>map(found -> ResponseEntity.ok(body.apply(found)))
                .orElseGet(() -> ApiProblems.response(ApiProblems.notFound(resource + " " + id)));
    }

    private static <T> org.springframework.http.ProblemDetail refusal(CommandOutcome.Refused<T> refused,
                                                                      Replies<T> replies) {
        var problem = ApiProblems.problem(refused.code(), refused.detail());
        if (refused.subject() != null && replies.subjectName() != null) {
            problem.setProperty(replies.subjectName(), replies.subject().apply(refused.subject()));
        }
        return problem;
    }
}
