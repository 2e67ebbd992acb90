package com.fluxpay.gateway.payment.adapter.in.web;

import com.fluxpay.gateway.http.IdempotencyKeys;
import com.fluxpay.gateway.payment.domain.PaymentView;
import com.fluxpay.gateway.payment.application.RequestingPaymentChange.PaymentChange;
import com.fluxpay.gateway.http.Replies;
import com.fluxpay.gateway.http.CommandResponses;
import com.fluxpay.gateway.http.ApiProblems;
import com.fluxpay.gateway.http.Callers;
import com.fluxpay.gateway.http.PageResource;

import com.fluxpay.gateway.payment.application.RequestingPaymentChange;
import com.fluxpay.gateway.payment.application.PayingOrder;
import com.fluxpay.gateway.payment.domain.PaymentCommandView.Kind;
import com.fluxpay.gateway.payment.domain.PaymentRequest;
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
    private final RequestingPaymentChange changingPayment;

    private static final String PATH = "/api/v1/payments";
    private static final Replies<PaymentView> PAYMENT = Replies.at(PATH, PaymentResource::of).refusalShows("payment");
    private static final Replies<PaymentChange> CHANGE = Replies.<PaymentChange>at(PATH, change -> Map.of(
                    "payment", PaymentResource.of(change.payment()),
                    "command", PaymentResource.CommandResource.of(change.command())))
            .whilePending(change -> PaymentResource.CommandResource.of(change.command()))
            .refusalShows("command", change -> PaymentResource.CommandResource.of(change.command()));

    public PaymentController(PayingOrder payingOrder, RequestingPaymentChange changingPayment) {
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
        return CommandResponses.answer(payingOrder.pay(Callers.of(request).tenant(), paymentRequest,
                IdempotencyKeys.of(request)), PAYMENT);
    }

    @GetMapping
    @Operation(summary = "List payments, newest first",
            description = "Cursor pagination: pass the previous page's nextCursor as cursor; limit 1..100 (20).")
    public Map<String, Object> list(@RequestParam(required = false) String cursor,
                                    @RequestParam(required = false) Integer limit, HttpServletRequest request) {
        return PageResource.of(changingPayment.list(Callers.of(request).tenant(), cursor, limit)
                .map(PaymentResource::of));
    }

    @GetMapping("/{paymentId}")
    @Operation(summary = "Read a payment")
    public ResponseEntity<Object> get(@PathVariable String paymentId, HttpServletRequest request) {
        return CommandResponses.found(changingPayment.find(Callers.of(request).tenant(), paymentId),
                PaymentResource::of, "Payment", paymentId);
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
        return CommandResponses.answer(changingPayment.change(Callers.of(request).tenant(), paymentId, kind, amount,
                reason, IdempotencyKeys.of(request)), CHANGE);
    }
}
