package com.fluxpay.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fluxpay.gateway.command.Violation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

    public static final String INVALID_REQUEST = "REQ_001";
    public static final String UNREADABLE_BODY = "REQ_002";
    public static final String NOT_FOUND = "RES_001";
    public static final String HTTP_ERROR = "HTTP_";

    public static ProblemDetail problem(HttpStatus status, String code, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("https://fluxpay.dev/errors/" + code));
        problem.setProperty("code", code);
        return problem;
    }

    /** A problem under a catalogued code: its HTTP status and title are the catalogue's (docs/errors.md). */
    public static ProblemDetail problem(String code, String detail) {
        var entry = Catalogue.of(code);
        return problem(entry.status(), code, entry.title(), detail);
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
        var problem = problem(HttpStatus.BAD_REQUEST, INVALID_REQUEST, "Invalid request",
                "The request breaks " + violations.size() + " rule(s); nothing was changed.");
        problem.setProperty("errors", violations.stream()
                .map(v -> Map.of("field", v.field(), "message", v.message())).toList());
        return problem;
    }

    public static ProblemDetail notFound(String what) {
        return problem(HttpStatus.NOT_FOUND, NOT_FOUND, "Not found", what + " does not exist.");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return response(problem(HttpStatus.BAD_REQUEST, UNREADABLE_BODY, "Unreadable body",
                "The body is not the JSON this endpoint takes; nothing was changed."));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && (problem.getProperties() == null
                || !problem.getProperties().containsKey("code"))) {
            problem.setProperty("code", HTTP_ERROR + status.value());
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        logger.error("request failed", e);
        return response(problem(HttpStatus.INTERNAL_SERVER_ERROR, "SYS_001",
                "Internal error", "Something went wrong on our side; the request may be retried."));
    }
}
