package com.fluxpay.gateway.http;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fluxpay.contracts.error.ErrorCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fluxpay.gateway.command.Violation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 problem+json with a stable {@code code} clients can branch on
 * (docs/errors.md lists them). Framework errors (405, 415, ...) get a code too.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    // a code another service sent that this gateway's catalogue does not know yet (a newer service): refused
    private static final int UNKNOWN_REFUSAL_STATUS = 422;

    /** A problem under a catalogued code: status, title and type are the catalogue's (docs/errors.md). */
    public static ProblemDetail problem(ErrorCode code, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(code.status()), detail);
        problem.setTitle(code.title());
        problem.setType(URI.create(code.type()));
        problem.setProperty("code", code.code());
        return problem;
    }

    /** A problem under a code read off an event; one this catalogue does not know is a refusal (422). */
    public static ProblemDetail problem(String code, String detail) {
        return ErrorCode.find(code).map(known -> problem(known, detail)).orElseGet(() -> {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(UNKNOWN_REFUSAL_STATUS), detail);
            problem.setTitle("Refused");
            problem.setType(URI.create("https://fluxpay.dev/errors/" + code));
            problem.setProperty("code", code);
            return problem;
        });
    }

    /** A problem as a response: its status, and the problem+json media type whatever the client accepted. */
    public static ResponseEntity<Object> response(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** For filters, which answer before Spring MVC is involved. */
    public static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    public static ProblemDetail invalid(List<Violation> violations) {
        var problem = problem(ErrorCode.REQ_001,
                "The request breaks " + violations.size() + " rule(s); nothing was changed.");
        problem.setProperty("errors", violations.stream()
                .map(v -> Map.of("field", v.field(), "message", v.message())).toList());
        return problem;
    }

    public static ProblemDetail notFound(String what) {
        return problem(ErrorCode.RES_001, what + " does not exist.");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = problem(ErrorCode.REQ_002, "The body is not the JSON this endpoint takes; nothing was changed.");
        // say which field, when Jackson knows (an unknown one, or one of the wrong type), never the parser's text
        if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream().map(reference -> reference.getFieldName() != null
                    ? reference.getFieldName() : "[" + reference.getIndex() + "]").collect(Collectors.joining("."));
            String message = mismatch instanceof UnrecognizedPropertyException ? "is not a field of this request"
                    : "has the wrong type";
            problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        }
        return response(problem);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && (problem.getProperties() == null
                || !problem.getProperties().containsKey("code"))) {
            problem.setProperty("code", ErrorCode.ofFrameworkStatus(status.value()));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        logger.error("request failed", e);
        return response(problem(ErrorCode.SYS_001,
                "Something went wrong on our side; the request may be retried."));
    }
}
