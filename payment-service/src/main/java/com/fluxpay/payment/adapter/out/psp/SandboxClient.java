package com.fluxpay.payment.adapter.out.psp;

import com.fluxpay.payment.application.port.ChargeResult;
import com.fluxpay.payment.application.port.OperationResult;
import com.fluxpay.payment.application.port.PaymentProvider;
import com.fluxpay.payment.application.port.RecurringCharges;
import com.fluxpay.payment.domain.CaptureMode;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * The sandbox PSP (WireMock, stubs in local-stack's sandbox-psp/mappings.json; API in docs/payments.md).
 * Test tokens decide the outcome: tok_approve, tok_decline, tok_timeout, tok_error.
 * <p>
 * Recurring charges: the sandbox keeps no customers, so a saved method is the test token itself (saving calls
 * nothing) and charging it is an ordinary {@code POST /v1/charges} with that token: the same four outcomes.
 */
public class SandboxClient implements PaymentProvider, RecurringCharges {

    private final RestClient http;

    public SandboxClient(RestClient http) {
        this.http = http;
    }

    record ChargeBody(String reference, long amount, String currency, String token, boolean capture) {
    }

    record AmountBody(long amount, String reason) {
    }

    record ChargeAnswer(String id, String reference, String status) {
    }

    record ChargeList(List<ChargeAnswer> data) {
    }

    record ErrorAnswer(Error error) {
        record Error(String code, String message) {
        }
    }

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    public ChargeResult charge(Charge charge) {
        return PspCalls.charge(() -> {
            var answer = http.post().uri("/v1/charges").header("Idempotency-Key", charge.attemptKey())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new ChargeBody(charge.reference(), charge.amount().minorUnits(),
                            charge.amount().currencyCode(), charge.paymentMethod(),
                            charge.captureMode() == CaptureMode.AUTOMATIC))
                    .retrieve().body(ChargeAnswer.class);
            return resultOf(answer);
        }, SandboxClient::declined);
    }

    @Override
    public SaveResult saveMethod(SaveMethodRequest request) {
        return new Saved(new SavedMethod(request.customer(), new BillingKey(request.setupToken())));
    }

    @Override
    public ChargeResult chargeSaved(SavedCharge charge) {
        return charge(new Charge(charge.reference(), charge.orderId(), charge.attemptKey(), charge.amount(),
                charge.method().billingKey().value(), CaptureMode.AUTOMATIC, Map.of()));
    }

    @Override
    public ChargeResult lookup(ChargeLookup lookup) {
        return PspCalls.charge(() -> {
            var list = http.get().uri(uri -> uri.path("/v1/charges").queryParam("reference", lookup.reference()).build())
                    .retrieve().body(ChargeList.class);
            if (list == null || list.data() == null || list.data().isEmpty()) {
                return new ChargeResult.NotCharged("the sandbox has no charge with reference " + lookup.reference(),
                        false);
            }
            return resultOf(list.data().getFirst());
        }, e -> new ChargeResult.Unknown("lookup refused: HTTP " + e.getStatusCode().value()));
    }

    @Override
    public OperationResult capture(Operation operation) {
        return operate("capture", "/v1/charges/{id}/capture", operation);
    }

    @Override
    public OperationResult cancel(Operation operation) {
        return operate("cancel", "/v1/charges/{id}/cancel", operation);
    }

    @Override
    public OperationResult refund(Operation operation) {
        return operate("refund", "/v1/charges/{id}/refunds", operation);
    }

    // the sandbox allows several partial captures, so a capture never releases the rest
    private OperationResult operate(String what, String path, Operation operation) {
        return PspCalls.operation("sandbox " + what, () -> {
            var answer = http.post().uri(path, operation.pspReference())
                    .header("Idempotency-Key", operation.idempotencyKey()).contentType(MediaType.APPLICATION_JSON)
                    .body(new AmountBody(operation.amount().minorUnits(), operation.reason()))
                    .retrieve().body(ChargeAnswer.class);
            return new OperationResult.Done(answer == null ? null : answer.id(), false);
        }, e -> new OperationResult.Refused(errorCode(e), e.getResponseBodyAsString()));
    }

    private static ChargeResult resultOf(ChargeAnswer answer) {
        if (answer != null && "approved".equals(answer.status())) {
            return new ChargeResult.Approved(answer.id());
        }
        if (answer != null && "declined".equals(answer.status())) {
            return new ChargeResult.Declined("declined", "the sandbox declined " + answer.id());
        }
        return new ChargeResult.Unknown("unreadable sandbox answer " + answer);
    }

    private static ChargeResult declined(RestClientResponseException e) {
        return new ChargeResult.Declined(errorCode(e), e.getResponseBodyAsString());
    }

    private static String errorCode(RestClientResponseException e) {
        try {
            var body = e.getResponseBodyAs(ErrorAnswer.class);
            return body != null && body.error() != null ? body.error().code() : "http_" + e.getStatusCode().value();
        } catch (RuntimeException unreadable) {
            return "http_" + e.getStatusCode().value();
        }
    }
}
