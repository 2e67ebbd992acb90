package com.fluxpay.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A tenant of the fleet, made through the admin API, talking to the gateway with its API key. */
final class Merchant {

    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern SECRET = Pattern.compile("\"secret\":\"([^\"]+)\"");
    private static final Pattern TENANT = Pattern.compile("\"tenant\":\\{\"id\":\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final String tenantId;
    private final String gateway;
    private final String apiKey;

    private Merchant(String gateway, String tenantId, String apiKey) {
        this.gateway = gateway;
        this.tenantId = tenantId;
        this.apiKey = apiKey;
    }

    static Merchant open(Fleet fleet, String name) throws Exception {
        return open(fleet, name, 1000, 1000);
    }

    static Merchant open(Fleet fleet, String name, int ratePerSecond, int burst) throws Exception {
        var created = HTTP.send(HttpRequest.newBuilder(URI.create(fleet.gatewayUrl() + "/admin/v1/tenants"))
                        .header("Authorization", "Bearer " + Fleet.ADMIN_TOKEN).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"ratePerSecond\":"
                                + ratePerSecond + ",\"burst\":" + burst + "}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new Merchant(fleet.gatewayUrl(), group(TENANT, created.body()), group(SECRET, created.body()));
    }

    /** The same tenant and key, talking to another gateway instance. */
    Merchant at(String otherGateway) {
        return new Merchant(otherGateway, tenantId, apiKey);
    }

    HttpResponse<String> post(String path, String json) throws Exception {
        return post(path, json, null);
    }

    HttpResponse<String> post(String path, String json, String idempotencyKey) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(gateway + path)).header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(gateway + path)).header("Authorization", "Bearer " + apiKey)
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Waits until GET path answers with {@code "field":"value"} in it; returns that answer. */
    String await(String path, String fragment, Duration within) {
        String[] last = {null};
        org.awaitility.Awaitility.await().atMost(within).pollInterval(Duration.ofMillis(200)).until(() -> {
            last[0] = get(path);
            return last[0].contains(fragment);
        });
        return last[0];
    }

    /** A new order, once payment-service opened it. */
    String pendingOrder(long amount, String currency) throws Exception {
        String orderId = idOf(post("/api/v1/orders", "{\"amount\":" + amount + ",\"currency\":\"" + currency + "\"}").body());
        await("/api/v1/orders/" + orderId, "\"PENDING\"", Duration.ofSeconds(30));
        return orderId;
    }

    static String idOf(String body) {
        return group(ID, body);
    }

    private static String group(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertThat(matcher.find()).as(pattern + " in " + body).isTrue();
        return matcher.group(1);
    }
}
