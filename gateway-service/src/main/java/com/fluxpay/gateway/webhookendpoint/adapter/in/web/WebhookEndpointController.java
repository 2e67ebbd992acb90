package com.fluxpay.gateway.webhookendpoint.adapter.in.web;

import com.fluxpay.gateway.http.IdempotencyKeys;
import com.fluxpay.gateway.webhookendpoint.application.ManagingWebhookEndpoints.EndpointReply;
import com.fluxpay.gateway.command.Violation;
import com.fluxpay.gateway.command.CommandOutcome;
import com.fluxpay.gateway.http.Replies;
import com.fluxpay.gateway.http.CommandResponses;
import com.fluxpay.gateway.http.ApiProblems;
import com.fluxpay.gateway.http.Callers;
import com.fluxpay.gateway.http.PageResource;

import com.fluxpay.gateway.webhookendpoint.application.ManagingWebhookEndpoints;
import com.fluxpay.gateway.webhookendpoint.domain.EndpointRequest;
import com.fluxpay.gateway.webhookendpoint.domain.EndpointView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/webhook-endpoints", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Webhooks", description = "Where FluxPay sends signed events (Standard Webhooks); see docs/webhooks.md")
public class WebhookEndpointController {

    private final ManagingWebhookEndpoints managing;

    private static final Replies<EndpointReply> ENDPOINT =
            Replies.at("/api/v1/webhook-endpoints", WebhookEndpointController::reply);

    public WebhookEndpointController(ManagingWebhookEndpoints managing) {
        this.managing = managing;
    }

    public record EndpointBody(String url, List<String> eventTypes, String description, Boolean enabled) {
    }

    public record RotateBody(Long overlapSeconds) {
    }

    public record ReplayBody(Instant since) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register an endpoint; its signing secret is in this answer only",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
                    @ExampleObject(value = "{\"url\":\"https://shop.example/webhooks\",\"eventTypes\":"
                            + "[\"payment.approved\",\"payment.refunded\"],\"description\":\"orders backend\"}"))))
    public ResponseEntity<Object> register(@RequestBody EndpointBody body, HttpServletRequest request) {
        var caller = Callers.of(request);
        return answer(managing.register(caller.tenant(), caller.mode().label(),
                new EndpointRequest(body.url(), body.eventTypes(), body.description(), body.enabled()),
                IdempotencyKeys.of(request)));
    }

    @GetMapping
    @Operation(summary = "List endpoints, newest first (cursor pagination)")
    public Map<String, Object> list(@RequestParam(required = false) String cursor,
                                    @RequestParam(required = false) Integer limit, HttpServletRequest request) {
        return PageResource.of(managing.list(Callers.of(request).tenant(), cursor, limit)
                .map(WebhookEndpointController::resource));
    }

    @GetMapping("/{endpointId}")
    @Operation(summary = "Read an endpoint (never its secret)")
    public ResponseEntity<Object> get(@PathVariable String endpointId, HttpServletRequest request) {
        return CommandResponses.found(managing.find(Callers.of(request).tenant(), endpointId),
                WebhookEndpointController::resource, "Webhook endpoint", endpointId);
    }

    @PatchMapping(path = "/{endpointId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change an endpoint's URL, event types, description or enabled flag (absent: unchanged)")
    public ResponseEntity<Object> update(@PathVariable String endpointId, @RequestBody EndpointBody body,
                                         HttpServletRequest request) {
        return answer(managing.update(Callers.of(request).tenant(), endpointId,
                new EndpointRequest(body.url(), body.eventTypes(), body.description(), body.enabled())));
    }

    @PostMapping("/{endpointId}/rotate-secret")
    @Operation(summary = "Make a new signing secret; the old one also signs during the overlap (default 24 h)")
    public ResponseEntity<Object> rotate(@PathVariable String endpointId, @RequestBody(required = false) RotateBody body,
                                         HttpServletRequest request) {
        long overlap = body == null || body.overlapSeconds() == null ? 86_400 : body.overlapSeconds();
        return answer(managing.rotateSecret(Callers.of(request).tenant(), endpointId, overlap));
    }

    @DeleteMapping("/{endpointId}")
    @Operation(summary = "Delete an endpoint; its pending deliveries are cancelled")
    public ResponseEntity<Object> delete(@PathVariable String endpointId, HttpServletRequest request) {
        return answer(managing.delete(Callers.of(request).tenant(), endpointId));
    }

    @PostMapping("/{endpointId}/replay")
    @Operation(summary = "Resend every message that ran out of retries, for events since a time")
    public ResponseEntity<Object> replay(@PathVariable String endpointId, @RequestBody ReplayBody body,
                                         HttpServletRequest request) {
        if (body == null || body.since() == null) {
            return ApiProblems.response(ApiProblems.invalid(List.of(
                    new Violation("since", "is required (ISO-8601)"))));
        }
        return answer(managing.replayFailed(Callers.of(request).tenant(), endpointId, body.since()));
    }

    @PostMapping("/{endpointId}/messages/{messageId}/replay")
    @Operation(summary = "Resend one message (by its webhook-id) to this endpoint")
    public ResponseEntity<Object> replayMessage(@PathVariable String endpointId, @PathVariable String messageId,
                                                HttpServletRequest request) {
        return answer(managing.replayMessage(Callers.of(request).tenant(), endpointId, messageId));
    }

    private static ResponseEntity<Object> answer(CommandOutcome<EndpointReply> outcome) {
        return CommandResponses.answer(outcome, ENDPOINT);
    }

    private static Object reply(EndpointReply reply) {
        var body = reply.endpoint() == null
                ? new LinkedHashMap<String, Object>(Map.of("id", reply.id(), "status", "REQUESTED"))
                : resource(reply.endpoint());
        return withSecret(body, reply.secret());
    }

    private static Map<String, Object> resource(EndpointView endpoint) {
        var body = new LinkedHashMap<String, Object>();
        body.put("id", endpoint.id());
        body.put("url", endpoint.url());
        body.put("eventTypes", endpoint.eventTypes());
        body.put("description", endpoint.description());
        body.put("enabled", endpoint.enabled());
        body.put("mode", endpoint.mode());
        body.put("status", endpoint.status());
        body.put("createdAt", endpoint.requestedAt());
        body.put("updatedAt", endpoint.updatedAt());
        return body;
    }

    /** The secret appears in the answer that made it and nowhere else, ever. */
    private static Map<String, Object> withSecret(Map<String, Object> body, String secret) {
        if (secret != null) {
            body.put("secret", secret);
        }
        return body;
    }
}
