package com.fluxpay.gateway.pspwebhook.adapter.in.web;

import com.fluxpay.contracts.error.ErrorCode;
import com.fluxpay.gateway.pspwebhook.application.PspWebhooks;

import com.fluxpay.gateway.http.ApiProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhooks from PSPs: {@code POST /psp/webhooks/{psp}}. Outside /api on purpose: a PSP has no API key, and the
 * merchant rate limit and Idempotency-Key rules do not apply to it; its own check does instead. The body is
 * taken as bytes, since a signature covers the exact bytes sent. 200 only once the event is in the outbox (a
 * PSP resends anything else), 400 for a webhook that fails its check, and then nothing is stored.
 */
@RestController
public class PspWebhookController {

    private final PspWebhooks webhooks;

    public PspWebhookController(PspWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    public record Acknowledged(String psp, String eventId, boolean published) {
    }

    @PostMapping(path = "/psp/webhooks/{psp}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> receive(@PathVariable String psp, @RequestHeader HttpHeaders headers,
                                     @RequestBody(required = false) byte[] body) {
        return switch (webhooks.receive(psp, headers::getFirst, body == null ? new byte[0] : body)) {
            case PspWebhooks.Receipt.NoSuchPsp none ->
                    problem(ErrorCode.PSP_002, "No webhook endpoint is configured for " + psp + ".");
            // the detail never says which part of the check failed: that would help a forger
            case PspWebhooks.Receipt.Refused refused ->
                    problem(ErrorCode.PSP_001, "The webhook failed " + psp + "'s check; nothing was recorded.");
            case PspWebhooks.Receipt.Published published ->
                    ResponseEntity.ok(new Acknowledged(psp, published.eventId(), true));
            case PspWebhooks.Receipt.NotOurs notOurs ->
                    ResponseEntity.ok(new Acknowledged(psp, notOurs.eventId(), false));
        };
    }

    private static ResponseEntity<?> problem(ErrorCode code, String detail) {
        return ApiProblems.response(ApiProblems.problem(code, detail));
    }
}
