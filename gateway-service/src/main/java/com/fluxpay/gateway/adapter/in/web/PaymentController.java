package com.fluxpay.gateway.adapter.in.web;

import com.fluxpay.gateway.application.ChangingPayment;
import com.fluxpay.gateway.application.PayingOrder;
import com.fluxpay.gateway.application.PaymentChangeOutcome;
import com.fluxpay.gateway.application.PaymentOutcome;
import com.fluxpay.gateway.domain.payment.PaymentCommandView.Kind;
import com.fluxpay.gateway.domain.payment.PaymentRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
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
@RequestMapping(path = "/api/v1/payments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Payments", description = "Taking, capturing, canceling and refunding payments")
public class PaymentController {

    private final PayingOrder payingOrder;
    private final ChangingPayment changingPayment;

    public PaymentController(PayingOrder payingOrder, ChangingPayment changingPayment) {
        this.payingOrder = payingOrder;
        this.changingPayment = changingPayment;
    }

    public record PayBody(String orderId, String paymentMethod, String psp, String captureMode,
                          Map<String, String> pspParameters) {
    }

    /** For captures and refunds: no amount means everything that is left. */
    public record AmountBody(Long amount, String reason) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Pay an order", description = "Charges the order's amount through the PSP. 201 when "
            + "approved, 402 (PAY_002) when declined, 202 with a Location while the PSP's answer is pending.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
                    @ExampleObject(value = "{\"orderId\":\"ord_…\",\"paymentMethod\":\"tok_approve\","
                            + "\"psp\":\"sandbox\",\"captureMode\":\"AUTOMATIC\"}"))))
    @ApiResponse(responseCode = "201", description = "Approved")
    @ApiResponse(responseCode = "402", description = "Declined (PAY_002)")
    @ApiResponse(responseCode = "409", description = "The order is already paid (PAY_003) or not payable (PAY_004)")
    public ResponseEntity<Object> pay(@RequestBody PayBody body, HttpServletRequest request) {
        var paymentRequest = new PaymentRequest(body.orderId(), body.paymentMethod(), body.psp(), body.captureMode(),
                body.pspParameters());
        return switch (payingOrder.pay(Callers.of(request).tenantId(), paymentRequest, IdempotencyFilter.keyOf(request))) {
            case PaymentOutcome.Invalid invalid -> ApiProblems.response(ApiProblems.invalid(invalid.violations()));
            case PaymentOutcome.OrderNotFound missing -> ApiProblems.response(ApiProblems.notFound("Order " + missing.orderId()));
            case PaymentOutcome.OrderConflict conflict -> ApiProblems.response(ApiProblems.problem(HttpStatus.CONFLICT,
                    conflict.code(), "Order not payable", conflict.reason()));
            case PaymentOutcome.Approved approved -> ResponseEntity.created(location(approved.payment().id()))
                    .body(PaymentResource.of(approved.payment()));
            case PaymentOutcome.Declined declined -> {
                var problem = ApiProblems.problem(HttpStatus.PAYMENT_REQUIRED, "PAY_002", "Payment declined",
                        "The PSP did not approve the payment: " + declined.payment().failureReason());
                problem.setProperty("payment", PaymentResource.of(declined.payment()));
                yield ApiProblems.response(problem);
            }
            case PaymentOutcome.Accepted accepted -> ResponseEntity.accepted().location(location(accepted.paymentId()))
                    .body(Map.of("id", accepted.paymentId(), "status", "REQUESTED"));
        };
    }

    @GetMapping
    @Operation(summary = "List payments, newest first",
            description = "Cursor pagination: pass the previous page's nextCursor as cursor; limit 1..100 (20).")
    public Map<String, Object> list(@RequestParam(required = false) String cursor,
                                    @RequestParam(required = false) Integer limit, HttpServletRequest request) {
        return PageResource.of(changingPayment.list(Callers.of(request).tenantId(), cursor, limit)
                .map(PaymentResource::of));
    }

    @GetMapping("/{paymentId}")
    @Operation(summary = "Read a payment")
    public ResponseEntity<Object> get(@PathVariable String paymentId, HttpServletRequest request) {
        return changingPayment.find(Callers.of(request).tenantId(), paymentId)
                .<ResponseEntity<Object>>map(view -> ResponseEntity.ok(PaymentResource.of(view)))
                .orElseGet(() -> ApiProblems.response(ApiProblems.notFound("Payment " + paymentId)));
    }

    @PostMapping("/{paymentId}/capture")
    @Operation(summary = "Capture an authorized payment, all of it or part")
    public ResponseEntity<Object> capture(@PathVariable String paymentId, @RequestBody(required = false) AmountBody body,
                                          HttpServletRequest request) {
        return change(paymentId, Kind.CAPTURE, body, request);
    }

    @PostMapping("/{paymentId}/cancel")
    @Operation(summary = "Void an authorization that was not captured")
    public ResponseEntity<Object> cancel(@PathVariable String paymentId, @RequestBody(required = false) AmountBody body,
                                         HttpServletRequest request) {
        return change(paymentId, Kind.CANCEL, body == null ? null : new AmountBody(null, body.reason()), request);
    }

    @PostMapping("/{paymentId}/refunds")
    @Operation(summary = "Refund all or part of what was captured; partial refunds may follow each other")
    public ResponseEntity<Object> refund(@PathVariable String paymentId, @RequestBody(required = false) AmountBody body,
                                         HttpServletRequest request) {
        return change(paymentId, Kind.REFUND, body, request);
    }

    private ResponseEntity<Object> change(String paymentId, Kind kind, AmountBody body, HttpServletRequest request) {
        Long amount = body == null ? null : body.amount();
        String reason = body == null ? null : body.reason();
        return switch (changingPayment.change(Callers.of(request).tenantId(), paymentId, kind, amount, reason,
                IdempotencyFilter.keyOf(request))) {
            case PaymentChangeOutcome.Invalid invalid -> ApiProblems.response(ApiProblems.invalid(invalid.violations()));
            case PaymentChangeOutcome.PaymentNotFound missing ->
                    ApiProblems.response(ApiProblems.notFound("Payment " + missing.paymentId()));
            case PaymentChangeOutcome.Done done -> ResponseEntity.ok(Map.of("payment", PaymentResource.of(done.payment()),
                    "command", PaymentResource.CommandResource.of(done.command())));
            case PaymentChangeOutcome.Rejected rejected -> {
                String code = rejected.command().failureCode();
                var status = "PAY_003".equals(code) || "PAY_004".equals(code) ? HttpStatus.CONFLICT
                        : HttpStatus.UNPROCESSABLE_ENTITY;
                var problem = ApiProblems.problem(status, code, "Refused by the payment's rules",
                        rejected.command().failureReason());
                problem.setProperty("command", PaymentResource.CommandResource.of(rejected.command()));
                yield ApiProblems.response(problem);
            }
            case PaymentChangeOutcome.Accepted accepted -> ResponseEntity.accepted().location(location(paymentId))
                    .body(PaymentResource.CommandResource.of(accepted.command()));
        };
    }

    private static URI location(String paymentId) {
        return URI.create("/api/v1/payments/" + paymentId);
    }
}
