package com.fluxpay.payment.adapter.out.psp;

import com.fluxpay.payment.application.port.ChargeResult;
import com.fluxpay.payment.application.port.OperationResult;
import com.fluxpay.payment.application.port.PaymentProvider;
import com.fluxpay.payment.domain.CaptureMode;
import com.fluxpay.payment.domain.Money;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Stripe PaymentIntents (docs.stripe.com/api): Bearer secret key, form-encoded bodies, Idempotency-Key on every
 * POST (Stripe keeps keys 24 h and replays the first answer), errors as {"error":{"type","code","message"}}.
 * Quirks that shape this class:
 * <ul>
 * <li>One capture per PaymentIntent: capturing less than authorized releases the rest, so every capture
 * reports {@code remainderReleased}.</li>
 * <li>Amounts are in the currency's smallest unit, currency codes lower case; KRW/JPY are zero-decimal, as
 * our minor units are.</li>
 * <li>Finding a PaymentIntent by our reference uses the Search API, which is not read-after-write consistent
 * (see {@link #SEARCH_LAG}): an empty result means "not charged" only an hour after the attempt.</li>
 * </ul>
 */
public class StripeClient implements PaymentProvider {

    static final String REFERENCE = "fluxpay_payment_id";

    /**
     * Stripe: "under normal operating conditions, data is searchable in less than a minute. Occasionally,
     * propagation ... can be up to an hour behind during outages". An empty search is proof of nothing before then.
     */
    static final Duration SEARCH_LAG = Duration.ofHours(1);

    private final RestClient http;
    private final Clock clock;

    public StripeClient(RestClient.Builder http, String secretKey, Clock clock) {
        this.http = authorized(http, secretKey);
        this.clock = clock;
    }

    static RestClient authorized(RestClient.Builder http, String secretKey) {
        return http.defaultHeader("Authorization", "Bearer " + secretKey).build();
    }

    record Intent(String id, String status) {
    }

    record SearchResult(List<Intent> data) {
    }

    record StripeError(Error error) {
        record Error(String type, String code, String message) {
        }
    }

    @Override
    public String name() {
        return "stripe";
    }

    @Override
    public ChargeResult charge(Charge charge) {
        var form = intentForm(charge.amount(), charge.paymentMethod(), charge.reference(), charge.orderId());
        form.add("capture_method", charge.captureMode() == CaptureMode.MANUAL ? "manual" : "automatic");
        charge.parameters().forEach((key, value) -> form.add(key, value));
        return PspCalls.charge(() -> resultOf(post(http, "/v1/payment_intents", charge.attemptKey(), form)),
                StripeClient::refusal);
    }

    /**
     * The form of a PaymentIntent created and confirmed at once, with our reference in its metadata: the lookup
     * searches by it, so one-off and recurring charges must carry it the same way.
     */
    static LinkedMultiValueMap<String, String> intentForm(Money amount, String paymentMethod, String reference,
                                                         String orderId) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("amount", Long.toString(amount.minorUnits()));
        form.add("currency", amount.currencyCode().toLowerCase(Locale.ROOT));
        form.add("payment_method", paymentMethod);
        form.add("confirm", "true");
        // a server-side confirm cannot follow a redirect (3-D Secure pages), and off-session no one can: only
        // methods without one, or Stripe asks for a return_url
        form.add("automatic_payment_methods[enabled]", "true");
        form.add("automatic_payment_methods[allow_redirects]", "never");
        form.add("metadata[" + REFERENCE + "]", reference);
        form.add("metadata[fluxpay_order_id]", orderId);
        return form;
    }

    /**
     * By the PaymentIntent's id when the create call answered ({@code GET /v1/payment_intents/{id}}, read-after-write
     * consistent); by our reference through the Search API only when it did not, since search lags behind.
     */
    @Override
    public ChargeResult lookup(ChargeLookup lookup) {
        if (lookup.pspReference() != null) {
            return PspCalls.charge(() -> resultOf(http.get().uri("/v1/payment_intents/{id}", lookup.pspReference())
                            .retrieve().body(Intent.class)),
                    e -> new ChargeResult.Unknown("retrieve refused: " + errorOf(e).code()));
        }
        return search(lookup);
    }

    private ChargeResult search(ChargeLookup lookup) {
        return PspCalls.charge(() -> {
            var found = http.get().uri(uri -> uri.path("/v1/payment_intents/search")
                            .queryParam("query", "metadata['" + REFERENCE + "']:'" + lookup.reference() + "'").build())
                    .retrieve().body(SearchResult.class);
            if (found == null || found.data() == null || found.data().isEmpty()) {
                return lookup.attemptedAt().plus(SEARCH_LAG).isBefore(clock.instant())
                        ? new ChargeResult.NotCharged("Stripe has no PaymentIntent for " + lookup.reference(), false)
                        : new ChargeResult.Unknown("Stripe's search may not show " + lookup.reference() + " yet");
            }
            return resultOf(found.data().getFirst());
        }, e -> new ChargeResult.Unknown("search refused: " + errorOf(e).code()));
    }

    @Override
    public OperationResult capture(Operation operation) {
        return operate("capture", "/v1/payment_intents/" + operation.pspReference() + "/capture", operation,
                Map.of("amount_to_capture", Long.toString(operation.amount().minorUnits())), true);
    }

    @Override
    public OperationResult cancel(Operation operation) {
        return operate("cancel", "/v1/payment_intents/" + operation.pspReference() + "/cancel", operation,
                Map.of("cancellation_reason", "requested_by_customer"), false);
    }

    @Override
    public OperationResult refund(Operation operation) {
        return operate("refund", "/v1/refunds", operation, Map.of("payment_intent", operation.pspReference(),
                "amount", Long.toString(operation.amount().minorUnits())), false);
    }

    private OperationResult operate(String what, String path, Operation operation, Map<String, String> fields,
                                    boolean releasesRest) {
        var form = new LinkedMultiValueMap<String, String>();
        fields.forEach(form::add);
        return PspCalls.operation("stripe " + what, () -> {
            var answer = post(http, path, operation.idempotencyKey(), form);
            return new OperationResult.Done(answer == null ? null : answer.id(), releasesRest);
        }, e -> {
            var error = errorOf(e);
            return new OperationResult.Refused(error.code(), error.message());
        });
    }

    static Intent post(RestClient http, String path, String idempotencyKey, MultiValueMap<String, String> form) {
        return http.post().uri(path).header("Idempotency-Key", idempotencyKey)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(Intent.class);
    }

    // succeeded: captured; requires_capture: authorized; anything else (requires_action, requires_payment_method,
    // canceled) took no money
    /**
     * A 4xx to a create: declined with Stripe's code (card_declined, authentication_required, ...), except an
     * idempotency_error: the key was already used for a different request, whose charge may have gone through.
     */
    static ChargeResult refusal(RestClientResponseException e) {
        var error = errorOf(e);
        return "idempotency_error".equals(error.type())
                ? new ChargeResult.Unknown("Stripe idempotency_error: " + error.message())
                : new ChargeResult.Declined(error.code(), error.message());
    }

    static ChargeResult resultOf(Intent intent) {
        if (intent == null) {
            return new ChargeResult.Unknown("empty Stripe answer");
        }
        return switch (intent.status()) {
            case "succeeded", "requires_capture" -> new ChargeResult.Approved(intent.id());
            case "processing" -> new ChargeResult.Unknown("Stripe is still processing " + intent.id());
            default -> new ChargeResult.Declined(intent.status(), "PaymentIntent " + intent.id() + " is "
                    + intent.status());
        };
    }

    static StripeError.Error errorOf(RestClientResponseException e) {
        try {
            var body = e.getResponseBodyAs(StripeError.class);
            if (body != null && body.error() != null) {
                return body.error();
            }
        } catch (RuntimeException unreadable) {
            // fall through: an error we cannot read is reported by its status
        }
        return new StripeError.Error("api_error", "http_" + e.getStatusCode().value(), e.getResponseBodyAsString());
    }
}
