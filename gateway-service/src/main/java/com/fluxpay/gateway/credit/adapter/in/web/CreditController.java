package com.fluxpay.gateway.credit.adapter.in.web;

import com.fluxpay.gateway.credit.application.GrantingCredits;
import com.fluxpay.gateway.credit.application.ReadingCredits;
import com.fluxpay.gateway.credit.application.UsingCredits;
import com.fluxpay.gateway.credit.domain.CreditGrantView;
import com.fluxpay.gateway.credit.domain.CreditUsageView;
import com.fluxpay.gateway.credit.domain.GrantRequest;
import com.fluxpay.gateway.credit.domain.UsageRequest;
import com.fluxpay.gateway.http.Callers;
import com.fluxpay.gateway.http.CommandResponses;
import com.fluxpay.gateway.http.IdempotencyKeys;
import com.fluxpay.gateway.http.PageResource;
import com.fluxpay.gateway.http.Replies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = CreditController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Credits", description = "Prepaid credits of a tenant's customers: balances, grants and usages")
public class CreditController {

    static final String PATH = "/api/v1/credits";
    private static final Replies<CreditGrantView> GRANT = Replies.at(PATH + "/grants", CreditResources.Grant::of)
            .refusalShows("grant");
    private static final Replies<CreditUsageView> USAGE = Replies.at(PATH + "/usages", CreditResources.Usage::of)
            .refusalShows("usage");

    private final ReadingCredits reading;
    private final GrantingCredits granting;
    private final UsingCredits using;

    public CreditController(ReadingCredits reading, GrantingCredits granting, UsingCredits using) {
        this.reading = reading;
        this.granting = granting;
        this.using = using;
    }

    /** The body of POST /api/v1/credits/grants. */
    public record GrantBody(String customerId, String unit, Long credits, Instant expiresAt, String reason) {
    }

    /** The body of POST /api/v1/credits/usages. */
    public record UsageBody(String customerId, String unit, String feature, Long credits, Long timeoutSeconds) {
    }

    /** The body of POST /api/v1/credits/usages/{id}/complete. */
    public record CompleteBody(Long credits) {
    }

    /** The optional body of POST /api/v1/credits/usages/{id}/fail. */
    public record FailBody(String reason) {
    }

    @GetMapping("/accounts/{customerId}/{unit}")
    @Operation(summary = "A customer's balance of one unit",
            description = "As credit-service last stated it: available, reserved (held by open usages), version.")
    @ApiResponse(responseCode = "200", description = "The balance")
    @ApiResponse(responseCode = "404", description = "No credits of this unit for this tenant's customer (RES_001)")
    public ResponseEntity<Object> account(@PathVariable String customerId, @PathVariable String unit,
                                          HttpServletRequest request) {
        return CommandResponses.found(reading.account(Callers.of(request).tenant(), customerId, unit),
                CreditResources.Account::of, "Credit account", customerId + "/" + unit);
    }

    @GetMapping("/accounts/{customerId}/{unit}/movements")
    @Operation(summary = "A customer's statement of one unit, newest first",
            description = "Every movement (GRANTED, RESERVED, DEDUCTED, RELEASED, REFUNDED, EXPIRED) with the balance "
                    + "after it. Cursor pagination: pass the previous page's nextCursor as cursor; limit 1..100 (20).")
    @ApiResponse(responseCode = "200", description = "A page of movements")
    @ApiResponse(responseCode = "404", description = "No credits of this unit for this tenant's customer (RES_001)")
    public ResponseEntity<Object> movements(@PathVariable String customerId, @PathVariable String unit,
                                            @RequestParam(required = false) String cursor,
                                            @RequestParam(required = false) Integer limit,
                                            HttpServletRequest request) {
        return CommandResponses.found(reading.movements(Callers.of(request).tenant(), customerId, unit, cursor,
                        limit), page -> PageResource.of(page.map(CreditResources.Movement::of)), "Credit account",
                customerId + "/" + unit);
    }

    @PostMapping(path = "/grants", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Give a customer free credits",
            description = "Answers 201 with the grant and the balance it left once credit-service booked it, or 202 "
                    + "with a Location to poll if that takes longer than the gateway waits. A retry with the same "
                    + "Idempotency-Key names the same grant and grants once.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
                    @ExampleObject(value = "{\"customerId\":\"cus_42\",\"unit\":\"credits\",\"credits\":100,"
                            + "\"expiresAt\":\"2027-01-01T00:00:00Z\",\"reason\":\"signup-bonus\"}"))))
    @ApiResponse(responseCode = "201", description = "Granted")
    @ApiResponse(responseCode = "202", description = "Sent; poll the Location")
    @ApiResponse(responseCode = "400", description = "Invalid request (REQ_001, REQ_002); nothing sent")
    @ApiResponse(responseCode = "422", description = "Refused by credit-service (CRD_001, CRD_002)")
    public ResponseEntity<Object> grant(@RequestBody GrantBody body, HttpServletRequest request) {
        return CommandResponses.answer(granting.grant(Callers.of(request).tenant(), new GrantRequest(
                body.customerId(), body.unit(), body.credits(), body.expiresAt(), body.reason()),
                IdempotencyKeys.of(request)), GRANT);
    }

    @GetMapping("/grants/{grantId}")
    @Operation(summary = "Read a grant")
    @ApiResponse(responseCode = "404", description = "No such grant for this tenant (RES_001)")
    public ResponseEntity<Object> grant(@PathVariable String grantId, HttpServletRequest request) {
        return CommandResponses.found(reading.grant(Callers.of(request).tenant(), grantId),
                CreditResources.Grant::of, "Grant", grantId);
    }

    @PostMapping(path = "/usages", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Hold credits for a usage",
            description = "Publishes service.usage.requested (the usage id derives from the Idempotency-Key, so a "
                    + "retry names the same usage) and answers 201 with the reservation and balance once "
                    + "credit-service held the credits, the refusal if it would not, 202 if it did not answer in time. "
                    + "Then complete or fail the usage; a hold not completed in timeoutSeconds goes back by itself.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
                    @ExampleObject(value = "{\"customerId\":\"cus_42\",\"unit\":\"credits\",\"feature\":\"resize-4k\","
                            + "\"credits\":30,\"timeoutSeconds\":600}"))))
    @ApiResponse(responseCode = "201", description = "Reserved")
    @ApiResponse(responseCode = "202", description = "Sent; poll the Location")
    @ApiResponse(responseCode = "400", description = "Invalid request (REQ_001, REQ_002); nothing sent")
    @ApiResponse(responseCode = "402", description = "Insufficient balance (PAY_001); nothing held")
    @ApiResponse(responseCode = "422", description = "Refused by credit-service (CRD_001)")
    public ResponseEntity<Object> use(@RequestBody UsageBody body, HttpServletRequest request) {
        return CommandResponses.answer(using.request(Callers.of(request).tenant(), new UsageRequest(
                body.customerId(), body.unit(), body.feature(), body.credits(), body.timeoutSeconds()),
                IdempotencyKeys.of(request)), USAGE);
    }

    @GetMapping("/usages/{usageId}")
    @Operation(summary = "Read a usage and its reservation")
    @ApiResponse(responseCode = "404", description = "No such usage for this tenant (RES_001)")
    public ResponseEntity<Object> usage(@PathVariable String usageId, HttpServletRequest request) {
        return CommandResponses.found(reading.usage(Callers.of(request).tenant(), usageId),
                CreditResources.Usage::of, "Usage", usageId);
    }

    @PostMapping(path = "/usages/{usageId}/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Complete a usage: charge what it used",
            description = "credits: what the usage actually used, 0 up to what is reserved; the rest goes back. "
                    + "Answers 200 once deducted (again 200 for a completed usage), 202 if slower.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
                    @ExampleObject(value = "{\"credits\":25}"))))
    @ApiResponse(responseCode = "200", description = "Completed (CONSUMED)")
    @ApiResponse(responseCode = "202", description = "Sent; poll the usage")
    @ApiResponse(responseCode = "400", description = "credits missing, negative or over the reservation (REQ_001)")
    @ApiResponse(responseCode = "404", description = "No such usage for this tenant (RES_001)")
    @ApiResponse(responseCode = "409", description = "The usage is not RESERVED (CRD_003)")
    public ResponseEntity<Object> complete(@PathVariable String usageId, @RequestBody CompleteBody body,
                                           HttpServletRequest request) {
        return CommandResponses.answer(using.complete(Callers.of(request).tenant(), usageId, body.credits()), USAGE);
    }

    @PostMapping("/usages/{usageId}/fail")
    @Operation(summary = "Fail a usage: give back everything it holds",
            description = "Answers 200 once released (again 200 for a released or rejected usage), 202 if slower.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content =
                    @Content(examples = @ExampleObject(value = "{\"reason\":\"the resize failed\"}"))))
    @ApiResponse(responseCode = "200", description = "Released")
    @ApiResponse(responseCode = "202", description = "Sent; poll the usage")
    @ApiResponse(responseCode = "404", description = "No such usage for this tenant (RES_001)")
    @ApiResponse(responseCode = "409", description = "The usage was completed (CRD_003)")
    public ResponseEntity<Object> fail(@PathVariable String usageId, @RequestBody(required = false) FailBody body,
                                       HttpServletRequest request) {
        return CommandResponses.answer(using.fail(Callers.of(request).tenant(), usageId,
                body == null ? null : body.reason()), USAGE);
    }
}
