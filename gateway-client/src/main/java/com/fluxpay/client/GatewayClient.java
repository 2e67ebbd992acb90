package com.fluxpay.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fluxpay.client.Admin.ApiKey;
import com.fluxpay.client.Admin.CreatedTenant;
import com.fluxpay.client.Admin.NewKey;
import com.fluxpay.client.Admin.NewTenant;
import com.fluxpay.client.Requests.AmountChange;
import com.fluxpay.client.Requests.CancelOrder;
import com.fluxpay.client.Requests.NewCreditGrant;
import com.fluxpay.client.Requests.NewCreditUsage;
import com.fluxpay.client.Requests.NewOrder;
import com.fluxpay.client.Requests.UsageCompletion;
import com.fluxpay.client.Requests.UsageFailure;
import com.fluxpay.client.Requests.NewWebhookEndpoint;
import com.fluxpay.client.Requests.PayOrder;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The gateway's HTTP API, typed: requests are records written by Jackson, answers are {@link Answer}s that keep
 * the status, headers and raw body and read the body into records ({@link Order}, {@link Payment},
 * {@link Problem}, ...). One client holds one credential: a merchant's API key ({@code /api}), the operator's admin
 * token ({@code /admin}), or none. Immutable and thread-safe; calls fail with {@link UncheckedIOException} when the
 * gateway cannot be reached.
 */
public final class GatewayClient {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final HttpClient SHARED = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final HttpClient http;
    private final String base;
    private final String bearer;

    private GatewayClient(HttpClient http, String base, String bearer) {
        this.http = http;
        this.base = base.replaceAll("/+$", "");
        this.bearer = bearer;
    }

    /** A client without credentials, for the gateway at {@code baseUrl} (http://127.0.0.1:8080, say). */
    public static GatewayClient at(String baseUrl) {
        return new GatewayClient(SHARED, baseUrl, null);
    }

    /** The same gateway with this bearer credential: an API key, or the admin token. */
    public GatewayClient authorizedBy(String credential) {
        return new GatewayClient(http, base, credential);
    }

    public GatewayClient anonymous() {
        return new GatewayClient(http, base, null);
    }

    /** The same credential, talking to another gateway instance. */
    public GatewayClient onInstance(String otherBaseUrl) {
        return new GatewayClient(http, otherBaseUrl, bearer);
    }

    public String baseUrl() {
        return base;
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    // ---- orders ---------------------------------------------------------------------------------

    public Answer<Order> createOrder(NewOrder order) {
        return createOrder(order, null);
    }

    public Answer<Order> createOrder(NewOrder order, String idempotencyKey) {
        return post("/api/v1/orders", order, idempotencyKey, Order.class);
    }

    public Answer<Order> order(String orderId) {
        return get("/api/v1/orders/" + segment(orderId), Order.class);
    }

    public Answer<Page<Order>> orders(String cursor, Integer limit) {
        return get("/api/v1/orders" + query("cursor", cursor, "limit", limit), new TypeReference<Page<Order>>() { });
    }

    /** 200 with the {@link Order} once completed; 202 with an {@link OrderChange} while it runs. */
    public Answer<Order> completeOrder(String orderId, String idempotencyKey) {
        return post("/api/v1/orders/" + segment(orderId) + "/complete", Map.of(), idempotencyKey, Order.class);
    }

    /** 200 with the {@link Order} once canceled; 202 with an {@link OrderChange} while money goes back. */
    public Answer<Order> cancelOrder(String orderId, String reason, String idempotencyKey) {
        return post("/api/v1/orders/" + segment(orderId) + "/cancel", new CancelOrder(reason), idempotencyKey,
                Order.class);
    }

    // ---- payments -------------------------------------------------------------------------------

    public Answer<Payment> pay(PayOrder payment) {
        return pay(payment, null);
    }

    public Answer<Payment> pay(PayOrder payment, String idempotencyKey) {
        return post("/api/v1/payments", payment, idempotencyKey, Payment.class);
    }

    public Answer<Payment> payment(String paymentId) {
        return get("/api/v1/payments/" + segment(paymentId), Payment.class);
    }

    public Answer<Page<Payment>> payments(String cursor, Integer limit) {
        return get("/api/v1/payments" + query("cursor", cursor, "limit", limit),
                new TypeReference<Page<Payment>>() { });
    }

    /** 200 with a {@link PaymentChange} once done; 202 with the {@link PaymentCommand} while it runs. */
    public Answer<PaymentChange> capture(String paymentId, Long amount) {
        return post("/api/v1/payments/" + segment(paymentId) + "/capture", new AmountChange(amount, null), null,
                PaymentChange.class);
    }

    public Answer<PaymentChange> refund(String paymentId, Long amount, String reason) {
        return refund(paymentId, amount, reason, null);
    }

    public Answer<PaymentChange> refund(String paymentId, Long amount, String reason, String idempotencyKey) {
        return post("/api/v1/payments/" + segment(paymentId) + "/refunds", new AmountChange(amount, reason),
                idempotencyKey, PaymentChange.class);
    }

    public Answer<PaymentChange> cancelPayment(String paymentId, String reason) {
        return post("/api/v1/payments/" + segment(paymentId) + "/cancel", new AmountChange(null, reason), null,
                PaymentChange.class);
    }

    // ---- webhook endpoints ----------------------------------------------------------------------

    public Answer<WebhookEndpoint> registerEndpoint(NewWebhookEndpoint endpoint) {
        return registerEndpoint(endpoint, null);
    }

    public Answer<WebhookEndpoint> registerEndpoint(NewWebhookEndpoint endpoint, String idempotencyKey) {
        return post("/api/v1/webhook-endpoints", endpoint, idempotencyKey, WebhookEndpoint.class);
    }

    public Answer<WebhookEndpoint> endpoint(String endpointId) {
        return get("/api/v1/webhook-endpoints/" + segment(endpointId), WebhookEndpoint.class);
    }

    public Answer<Page<WebhookEndpoint>> endpoints(String cursor, Integer limit) {
        return get("/api/v1/webhook-endpoints" + query("cursor", cursor, "limit", limit),
                new TypeReference<Page<WebhookEndpoint>>() { });
    }

    public Answer<WebhookEndpoint> rotateSecret(String endpointId) {
        return post("/api/v1/webhook-endpoints/" + segment(endpointId) + "/rotate-secret", Map.of(), null,
                WebhookEndpoint.class);
    }

    /** Resends one message (by its webhook-id) to the endpoint. */
    public Answer<WebhookEndpoint> replayMessage(String endpointId, String messageId) {
        return post("/api/v1/webhook-endpoints/" + segment(endpointId) + "/messages/" + segment(messageId) + "/replay",
                Map.of(), null, WebhookEndpoint.class);
    }

    // ---- credits --------------------------------------------------------------------------------

    public Answer<CreditAccount> creditAccount(String customerId, String unit) {
        return get("/api/v1/credits/accounts/" + segment(customerId) + "/" + segment(unit), CreditAccount.class);
    }

    public Answer<Page<CreditMovement>> creditMovements(String customerId, String unit, String cursor, Integer limit) {
        return get("/api/v1/credits/accounts/" + segment(customerId) + "/" + segment(unit) + "/movements"
                + query("cursor", cursor, "limit", limit), new TypeReference<Page<CreditMovement>>() { });
    }

    /** 201 with the {@link CreditGrant} and the balance it left; 202 while credit-service has not answered. */
    public Answer<CreditGrant> grantCredits(NewCreditGrant grant, String idempotencyKey) {
        return post("/api/v1/credits/grants", grant, idempotencyKey, CreditGrant.class);
    }

    public Answer<CreditGrant> creditGrant(String grantId) {
        return get("/api/v1/credits/grants/" + segment(grantId), CreditGrant.class);
    }

    /** 201 with the reserved {@link CreditUsage}; 402 PAY_001 when the credits do not cover it; 202 if slower. */
    public Answer<CreditUsage> useCredits(NewCreditUsage usage, String idempotencyKey) {
        return post("/api/v1/credits/usages", usage, idempotencyKey, CreditUsage.class);
    }

    public Answer<CreditUsage> creditUsage(String usageId) {
        return get("/api/v1/credits/usages/" + segment(usageId), CreditUsage.class);
    }

    /** 200 once the used credits were deducted (the rest went back); 202 if slower. */
    public Answer<CreditUsage> completeUsage(String usageId, Long credits) {
        return post("/api/v1/credits/usages/" + segment(usageId) + "/complete", new UsageCompletion(credits), null,
                CreditUsage.class);
    }

    /** 200 once everything the usage held went back; 202 if slower. */
    public Answer<CreditUsage> failUsage(String usageId, String reason) {
        return post("/api/v1/credits/usages/" + segment(usageId) + "/fail", new UsageFailure(reason), null,
                CreditUsage.class);
    }

    // ---- ledger and diagnostics -----------------------------------------------------------------

    public Answer<Ledger.Balance> balance(String account, String currency, Instant asOf) {
        return get("/api/v1/ledger/accounts/" + segment(account) + "/" + segment(currency) + "/balance"
                + query("asOf", asOf, null, null), Ledger.Balance.class);
    }

    public Answer<Page<Ledger.Posting>> entries(String account, String currency, String cursor, Integer limit) {
        return get("/api/v1/ledger/accounts/" + segment(account) + "/" + segment(currency) + "/entries"
                + query("cursor", cursor, "limit", limit), new TypeReference<Page<Ledger.Posting>>() { });
    }

    public Answer<Ledger.TrialBalance> trialBalance() {
        return get("/api/v1/ledger/trial-balance", Ledger.TrialBalance.class);
    }

    public Answer<Ping> ping() {
        return post("/api/v1/diagnostics/pings", Map.of(), null, Ping.class);
    }

    public Answer<Ping> ping(String pingId) {
        return get("/api/v1/diagnostics/pings/" + segment(pingId), Ping.class);
    }

    // ---- the operator's API (admin token) -------------------------------------------------------

    public Answer<CreatedTenant> createTenant(NewTenant tenant) {
        return post("/admin/v1/tenants", tenant, null, CreatedTenant.class);
    }

    public Answer<ApiKey> issueKey(String tenantId, String mode) {
        return post("/admin/v1/tenants/" + segment(tenantId) + "/keys", new NewKey(mode), null, ApiKey.class);
    }

    public Answer<List<ApiKey>> keys(String tenantId) {
        return get("/admin/v1/tenants/" + segment(tenantId) + "/keys", new TypeReference<List<ApiKey>>() { });
    }

    public Answer<Void> revokeKey(String tenantId, String keyId) {
        return send("DELETE", "/admin/v1/tenants/" + segment(tenantId) + "/keys/" + segment(keyId), null, Map.of(),
                Json.MAPPER.constructType(Void.class));
    }

    // ---- any path -------------------------------------------------------------------------------

    /** A GET of any path, its body read as a tree (endpoints without a record here: /v3/api-docs, actuator). */
    public Answer<JsonNode> get(String path) {
        return get(path, JsonNode.class);
    }

    public <T> Answer<T> get(String path, Class<T> type) {
        return send("GET", path, null, Map.of(), Json.MAPPER.constructType(type));
    }

    /** A body that is not a record on purpose (malformed JSON, a field of the wrong type): sent as given. */
    public Answer<JsonNode> postRaw(String path, String json, String idempotencyKey) {
        return send("POST", path, json, keyed(idempotencyKey), Json.MAPPER.constructType(JsonNode.class));
    }

    public <T> Answer<T> post(String path, Object body, String idempotencyKey, Class<T> type) {
        return send("POST", path, Json.write(body), keyed(idempotencyKey), Json.MAPPER.constructType(type));
    }

    private <T> Answer<T> get(String path, TypeReference<T> type) {
        return send("GET", path, null, Map.of(), Json.MAPPER.constructType(type));
    }

    private <T> Answer<T> post(String path, Object body, String idempotencyKey, TypeReference<T> type) {
        return send("POST", path, Json.write(body), keyed(idempotencyKey), Json.MAPPER.constructType(type));
    }

    private <T> Answer<T> send(String method, String path, String body, Map<String, String> headers, JavaType type) {
        var request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        var shown = new LinkedHashMap<String, String>();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
            shown.put("Authorization", "Bearer " + masked(bearer));
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        shown.putAll(headers);
        long started = System.nanoTime();
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer<>(new Answer.Sent(method, uri(path), Map.copyOf(shown), body), response.statusCode(),
                    response.headers(), response.body(), Duration.ofNanos(System.nanoTime() - started), type);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri(path) + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException(method + " " + path + " interrupted"));
        }
    }

    /** What logs and the demo show of a secret: enough to tell keys apart ({@code fp_test_AbC…}). */
    public static String masked(String secret) {
        return secret == null ? "(none)" : secret.substring(0, Math.min(11, secret.length())) + "…";
    }

    private static Map<String, String> keyed(String idempotencyKey) {
        return idempotencyKey == null ? Map.of() : Map.of(IDEMPOTENCY_KEY, idempotencyKey);
    }

    private static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String query(String name, Object value, String otherName, Object otherValue) {
        var joiner = new StringJoiner("&", "?", "").setEmptyValue("");
        if (value != null) {
            joiner.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
        if (otherValue != null) {
            joiner.add(otherName + "=" + URLEncoder.encode(otherValue.toString(), StandardCharsets.UTF_8));
        }
        return joiner.toString();
    }
}
