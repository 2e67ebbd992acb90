package com.fluxpay.gateway.order.adapter.in.web;

import com.fluxpay.gateway.http.IdempotencyKeys;
import com.fluxpay.gateway.order.domain.OrderView;
import com.fluxpay.gateway.order.application.RequestingOrderChange.OrderChange;
import com.fluxpay.gateway.http.Replies;
import com.fluxpay.gateway.http.CommandResponses;
import com.fluxpay.gateway.http.ApiProblems;
import com.fluxpay.gateway.http.Callers;
import com.fluxpay.gateway.http.PageResource;

import com.fluxpay.gateway.order.application.RequestingOrderChange;
import com.fluxpay.gateway.order.application.ReadingOrders;
import com.fluxpay.gateway.order.application.RequestOrderCommand;
import com.fluxpay.gateway.order.application.RequestingOrder;
import com.fluxpay.gateway.order.domain.OrderCommandView;
import com.fluxpay.gateway.order.domain.OrderRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/orders", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Orders", description = "Orders a customer is asked to pay")
public class OrderController {

    private final RequestingOrder requestingOrder;
    private final ReadingOrders readingOrders;
    private final RequestingOrderChange changingOrder;

    private static final String PATH = "/api/v1/orders";
    private static final Replies<OrderView> ORDER = Replies.at(PATH, OrderResource::of).refusalShows("order");
    // a change answers with the order; while it runs (money going back, say), with the command beside it
    private static final Replies<OrderChange> CHANGE = Replies.<OrderChange>at(PATH, change -> OrderResource.of(change.order()))
            .whilePending(change -> Map.of("order", OrderResource.of(change.order()), "command", Map.of(
                    "id", change.command().id(), "kind", change.command().kind().name(),
                    "status", change.command().status())))
            .refusalShows("order", change -> OrderResource.of(change.order()));

    public OrderController(RequestingOrder requestingOrder, ReadingOrders readingOrders, RequestingOrderChange changingOrder) {
        this.requestingOrder = requestingOrder;
        this.readingOrders = readingOrders;
        this.changingOrder = changingOrder;
    }

    /** The optional body of POST /api/v1/orders/{id}/cancel. */
    public record CancelOrderBody(String reason) {
    }

    /** The body of POST /api/v1/orders. */
    public record CreateOrderBody(Long amount, String currency, String description, Map<String, String> metadata) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open an order",
            description = "Answers 201 with the order once payment-service has opened it, or 202 with a Location "
                    + "to poll if that takes longer than the gateway waits.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
                    @ExampleObject(value = "{\"amount\":15000,\"currency\":\"KRW\",\"description\":\"Demo order\","
                            + "\"metadata\":{\"sku\":\"demo-1\"}}"))))
    @ApiResponse(responseCode = "201", description = "Opened")
    @ApiResponse(responseCode = "202", description = "Accepted; poll the Location")
    @ApiResponse(responseCode = "400", description = "Invalid request (REQ_001, REQ_002); nothing changed")
    @ApiResponse(responseCode = "422", description = "Refused by payment-service (ORD_001..ORD_003)")
    public ResponseEntity<Object> create(@RequestBody CreateOrderBody body, HttpServletRequest request) {
        var command = new RequestOrderCommand(Callers.of(request).tenant(),
                new OrderRequest(body.amount(), body.currency(), body.description(), body.metadata()),
                IdempotencyKeys.of(request));
        return CommandResponses.answer(requestingOrder.request(command), ORDER);
    }

    @GetMapping
    @Operation(summary = "List orders, newest first",
            description = "Cursor pagination: pass the previous page's nextCursor as cursor; limit 1..100 (20).")
    public Map<String, Object> list(@RequestParam(required = false) String cursor,
                                    @RequestParam(required = false) Integer limit, HttpServletRequest request) {
        return PageResource.of(readingOrders.list(Callers.of(request).tenant(), cursor, limit).map(OrderResource::of));
    }

    @GetMapping("/{orderId}")
    @Operation(summary = "Read an order")
    @ApiResponse(responseCode = "404", description = "No such order for this tenant (RES_001)")
    public ResponseEntity<Object> get(@PathVariable String orderId, HttpServletRequest request) {
        return CommandResponses.found(readingOrders.find(Callers.of(request).tenant(), orderId), OrderResource::of,
                "Order", orderId);
    }

    @PostMapping("/{orderId}/complete")
    @Operation(summary = "Complete a paid order",
            description = "Say the order is fulfilled (the paid service ran). From then on it cannot be cancelled; "
                    + "its payment can still be refunded. Completing a completed order answers 200 again.")
    @ApiResponse(responseCode = "200", description = "Completed")
    @ApiResponse(responseCode = "202", description = "Sent; poll the order")
    @ApiResponse(responseCode = "404", description = "No such order for this tenant (RES_001)")
    @ApiResponse(responseCode = "409", description = "Not paid, or cancelled (ORD_004); payment in progress (ORD_005)")
    public ResponseEntity<Object> complete(@PathVariable String orderId, HttpServletRequest request) {
        return change(orderId, OrderCommandView.Kind.COMPLETE, null, request);
    }

    @PostMapping("/{orderId}/cancel")
    @Operation(summary = "Cancel an order",
            description = "A pending order is cancelled at once. A paid one gives its money back first: the open "
                    + "authorization is voided and what was captured is refunded, then the order is CANCELED "
                    + "(202 if that takes longer than the gateway waits). Completed orders are refused.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content =
                    @Content(examples = @ExampleObject(value = "{\"reason\":\"the paid service failed\"}"))))
    @ApiResponse(responseCode = "200", description = "Cancelled")
    @ApiResponse(responseCode = "202", description = "Sent (money going back); poll the order")
    @ApiResponse(responseCode = "404", description = "No such order for this tenant (RES_001)")
    @ApiResponse(responseCode = "409", description = "Completed (ORD_004); payment in progress (ORD_005)")
    public ResponseEntity<Object> cancel(@PathVariable String orderId,
                                    @RequestBody(required = false) CancelOrderBody body, HttpServletRequest request) {
        return change(orderId, OrderCommandView.Kind.CANCEL, body == null ? null : body.reason(), request);
    }

    private ResponseEntity<Object> change(String orderId, OrderCommandView.Kind kind, String reason,
                                     HttpServletRequest request) {
        return CommandResponses.answer(changingOrder.change(Callers.of(request).tenant(), orderId, kind, reason,
                IdempotencyKeys.of(request)), CHANGE);
    }
}
