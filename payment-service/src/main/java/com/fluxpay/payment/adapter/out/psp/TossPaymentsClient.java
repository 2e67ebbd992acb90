package com.fluxpay.payment.adapter.out.psp;

import com.fluxpay.payment.application.port.ChargeResult;
import com.fluxpay.payment.application.port.OperationResult;
import com.fluxpay.payment.application.port.PaymentProvider;
import com.fluxpay.payment.domain.CaptureMode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * TossPayments core API v1 (docs.tosspayments.com/reference): Basic auth with {@code secretKey:}, JSON, an
 * Idempotency-Key header on POSTs (Toss keeps keys 15 days). The customer authenticates in Toss's widget,
 * which hands us a paymentKey; {@code POST /v1/payments/confirm} then approves AND captures in one step, so
 * Toss has no separate capture, and a refund is a cancel with an amount. Errors are {"code","message"}.
 * Recurring charges with a billing key: {@link TossBillingClient}.
 */
public class TossPaymentsClient implements PaymentProvider {

    // statuses of a Toss Payment object in which money was taken (or taken and partly given back)
    private static final Set<String> PAID = Set.of("DONE", "PARTIAL_CANCELED", "CANCELED");
    // the confirm never completed: authentication only, abandoned or expired; no money moved
    private static final Set<String> NOT_PAID = Set.of("READY", "IN_PROGRESS", "ABORTED", "EXPIRED");
    /**
     * Toss answers these with a 4xx, yet they are no refusal: ALREADY_PROCESSED_PAYMENT (400) means a confirm
     * for this payment already went through, maybe our own whose answer was lost; DUPLICATED_ORDER_ID (400,
     * billing) means an approval or cancel already happened for this orderId; PROVIDER_ERROR (400) is a
     * "temporary error, try again" at the card company or bank, and CARD_PROCESSING_ERROR an error there, with
     * no promise that nothing was charged. The FAILED_..._PROCESSING / UNKNOWN_PAYMENT_ERROR codes are documented
     * as 500s; should one come with a 4xx it is no more certain. All are UNKNOWN: the reconciler asks by orderId.
     */
    private static final Set<String> MAY_HAVE_CHARGED = Set.of("ALREADY_PROCESSED_PAYMENT", "DUPLICATED_ORDER_ID",
            "PROVIDER_ERROR", "CARD_PROCESSING_ERROR", "FAILED_PAYMENT_INTERNAL_SYSTEM_PROCESSING",
            "FAILED_INTERNAL_SYSTEM_PROCESSING", "UNKNOWN_PAYMENT_ERROR");

    private final RestClient http;

    public TossPaymentsClient(RestClient.Builder http, String secretKey) {
        this.http = authorized(http, secretKey);
    }

    static RestClient authorized(RestClient.Builder http, String secretKey) {
        String basic = Base64.getEncoder().encodeToString((secretKey + ":").getBytes(StandardCharsets.UTF_8));
        return http.defaultHeader("Authorization", "Basic " + basic).build();
    }

    record ConfirmBody(String paymentKey, String orderId, long amount) {
    }

    record CancelBody(String cancelReason, Long cancelAmount) {
    }

    record TossPayment(String paymentKey, String orderId, String status, Long totalAmount) {
    }

    record TossError(String code, String message) {
    }

    @Override
    public String name() {
        return "toss";
    }

    @Override
    public ChargeResult charge(Charge charge) {
        if (charge.captureMode() == CaptureMode.MANUAL) {
            return new ChargeResult.Declined("UNSUPPORTED_CAPTURE_MODE", "Toss confirms and captures in one step");
        }
        return PspCalls.charge(() -> {
            var payment = http.post().uri("/v1/payments/confirm").header("Idempotency-Key", charge.attemptKey())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new ConfirmBody(charge.paymentMethod(), charge.orderId(), charge.amount().minorUnits()))
                    .retrieve().body(TossPayment.class);
            return resultOf(payment);
        }, TossPaymentsClient::refusal);
    }

    /**
     * Toss keys payments (one-off and billing alike) by our orderId: {@code GET /v1/payments/orders/{orderId}}.
     * Only Toss's own 404 NOT_FOUND_PAYMENT means no payment; any other 404 (a proxy, a wrong base URL) proves
     * nothing, and reading it as "not charged" would fail a payment that may have been charged.
     */
    @Override
    public ChargeResult lookup(ChargeLookup lookup) {
        return PspCalls.charge(() -> resultOf(http.get().uri("/v1/payments/orders/{orderId}", lookup.orderId())
                .retrieve().body(TossPayment.class)), e -> {
                    var error = errorOf(e);
                    return e.getStatusCode().value() == HttpStatus.NOT_FOUND.value()
                            && "NOT_FOUND_PAYMENT".equals(error.code())
                            ? new ChargeResult.NotCharged("Toss has no payment for order " + lookup.orderId(), false)
                            : new ChargeResult.Unknown("lookup refused: " + error);
                });
    }

    @Override
    public OperationResult capture(Operation operation) {
        return new OperationResult.Refused("UNSUPPORTED", "Toss captures on confirm");
    }

    @Override
    public OperationResult cancel(Operation operation) {
        return cancel(operation, null);
    }

    /** A Toss refund is a partial (or full) cancel of a captured payment. */
    @Override
    public OperationResult refund(Operation operation) {
        return cancel(operation, operation.amount().minorUnits());
    }

    private OperationResult cancel(Operation operation, Long amount) {
        return PspCalls.operation("toss cancel", () -> {
            var payment = http.post().uri("/v1/payments/{paymentKey}/cancel", operation.pspReference())
                    .header("Idempotency-Key", operation.idempotencyKey()).contentType(MediaType.APPLICATION_JSON)
                    .body(new CancelBody(operation.reason() == null ? "requested" : operation.reason(), amount))
                    .retrieve().body(TossPayment.class);
            return new OperationResult.Done(payment == null ? operation.pspReference() : payment.paymentKey(), false);
        }, e -> {
            var error = errorOf(e);
            return new OperationResult.Refused(error.code(), error.message());
        });
    }

    /** A 4xx to a charge: declined with Toss's code, unless the code says money may have moved. */
    static ChargeResult refusal(RestClientResponseException e) {
        var error = errorOf(e);
        return MAY_HAVE_CHARGED.contains(error.code())
                ? new ChargeResult.Unknown("Toss " + e.getStatusCode().value() + " " + error.code())
                : new ChargeResult.Declined(error.code(), error.message());
    }

    static ChargeResult resultOf(TossPayment payment) {
        if (payment != null && PAID.contains(payment.status())) {
            return new ChargeResult.Approved(payment.paymentKey());
        }
        if (payment != null && NOT_PAID.contains(payment.status())) {
            return new ChargeResult.NotCharged("Toss payment is " + payment.status(), false);
        }
        return new ChargeResult.Unknown("Toss payment in status " + (payment == null ? null : payment.status()));
    }

    static TossError errorOf(RestClientResponseException e) {
        try {
            var error = e.getResponseBodyAs(TossError.class);
            return error != null ? error : new TossError("HTTP_" + e.getStatusCode().value(), "");
        } catch (RuntimeException unreadable) {
            return new TossError("HTTP_" + e.getStatusCode().value(), e.getResponseBodyAsString());
        }
    }
}
