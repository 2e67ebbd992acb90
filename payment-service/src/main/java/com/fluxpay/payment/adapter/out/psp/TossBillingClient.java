package com.fluxpay.payment.adapter.out.psp;

import com.fluxpay.payment.application.port.ChargeResult;
import com.fluxpay.payment.application.port.RecurringCharges;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriUtils;

/**
 * TossPayments automatic payments (자동결제, docs.tosspayments.com/guides/billing): the customer registers a card
 * in Toss's billing window, which hands us an authKey; {@code POST /v1/billing/authorizations/issue
 * {authKey, customerKey}} turns it into a billingKey, and {@code POST /v1/billing/{billingKey}
 * {customerKey, amount, orderId, orderName}} charges it, confirming and capturing in one step like a one-off
 * confirm. The customerKey must be the one the key was issued for (NOT_MATCHES_CUSTOMER_KEY otherwise). A billing
 * charge is an ordinary Toss payment of our orderId, so {@link TossPaymentsClient#lookup} finds it.
 * <p>
 * The billingKey travels in the URL path: every detail this class returns is scrubbed of it, because an I/O
 * error's message may carry the URL.
 */
public class TossBillingClient implements RecurringCharges {

    private final RestClient http;

    public TossBillingClient(RestClient.Builder http, String secretKey) {
        this.http = TossPaymentsClient.authorized(http, secretKey);
    }

    record IssueBody(String authKey, String customerKey) {
    }

    record IssuedKey(String customerKey, String billingKey, String method) {
    }

    record BillingChargeBody(String customerKey, long amount, String orderId, String orderName) {
    }

    @Override
    public String name() {
        return "toss";
    }

    @Override
    public SaveResult saveMethod(SaveMethodRequest request) {
        return PspCalls.operation("toss billing key issue", () -> {
            var issued = http.post().uri("/v1/billing/authorizations/issue")
                    .header("Idempotency-Key", request.idempotencyKey()).contentType(MediaType.APPLICATION_JSON)
                    .body(new IssueBody(request.setupToken(), request.customer()))
                    .retrieve().body(IssuedKey.class);
            if (issued == null || issued.billingKey() == null) {
                throw new IllegalStateException("Toss issued no billingKey for customer " + request.customer());
            }
            return new Saved(new SavedMethod(request.customer(), new BillingKey(issued.billingKey())));
        }, e -> {
            var error = TossPaymentsClient.errorOf(e);
            return new Refused(error.code(), error.message());
        });
    }

    @Override
    public ChargeResult chargeSaved(SavedCharge charge) {
        var key = charge.method().billingKey();
        var result = PspCalls.charge(() -> TossPaymentsClient.resultOf(http.post()
                        .uri("/v1/billing/{billingKey}", key.value())
                        .header("Idempotency-Key", charge.attemptKey()).contentType(MediaType.APPLICATION_JSON)
                        .body(new BillingChargeBody(charge.method().customer(), charge.amount().minorUnits(),
                                charge.orderId(), charge.orderName()))
                        .retrieve().body(TossPaymentsClient.TossPayment.class)),
                TossPaymentsClient::refusal);
        return scrubbed(result, key);
    }

    private static ChargeResult scrubbed(ChargeResult result, BillingKey key) {
        return switch (result) {
            case ChargeResult.Unknown u -> new ChargeResult.Unknown(scrub(u.detail(), key));
            case ChargeResult.NotCharged n -> new ChargeResult.NotCharged(scrub(n.detail(), key), n.neverSent());
            case ChargeResult.Declined d -> new ChargeResult.Declined(d.code(), scrub(d.message(), key));
            case ChargeResult.Approved a -> a;
        };
    }

    // the URL carries the key percent-encoded (billing keys are base64: '=', '+', '/'), so both spellings go
    private static String scrub(String text, BillingKey key) {
        return text == null ? null : text.replace(key.value(), key.toString())
                .replace(UriUtils.encode(key.value(), StandardCharsets.UTF_8), key.toString());
    }
}
