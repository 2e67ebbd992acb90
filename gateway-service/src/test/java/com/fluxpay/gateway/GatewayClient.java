package com.fluxpay.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The gateway over real HTTP, as a merchant (with an API key) or the operator (with the admin token). */
final class GatewayClient {

    static final String ADMIN_TOKEN = "it-admin-token";
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern SECRET = Pattern.compile("\"secret\":\"([^\"]+)\"");
    private static final Pattern TENANT = Pattern.compile("\"tenant\":\\{\"id\":\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    final String apiKey;
    final String tenantId;

    private GatewayClient(String base, String apiKey, String tenantId) {
        this.base = base;
        this.apiKey = apiKey;
        this.tenantId = tenantId;
    }

    /** A new tenant, made through the admin API, with limits wide enough not to get in the way. */
    static GatewayClient forNewTenant(int port, String name) throws Exception {
        return forNewTenant(port, name, "{\"name\":\"" + name + "\",\"mode\":\"test\",\"ratePerSecond\":1000,\"burst\":1000}");
    }

    static GatewayClient forNewTenant(int port, String name, String body) throws Exception {
        var anonymous = new GatewayClient("http://127.0.0.1:" + port, null, null);
        var created = anonymous.send(HttpRequest.newBuilder(URI.create(anonymous.base + "/admin/v1/tenants"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new GatewayClient(anonymous.base, group(SECRET, created.body()), group(TENANT, created.body()));
    }

    HttpResponse<String> post(String path, String json) throws Exception {
        return post(path, json, null);
    }

    HttpResponse<String> post(String path, String json, String idempotencyKey) throws Exception {
        var request = authorized(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(authorized(path).GET());
    }

    HttpResponse<String> admin(HttpRequest.Builder request) throws Exception {
        return send(request.header("Authorization", "Bearer " + ADMIN_TOKEN));
    }

    URI uri(String path) {
        return URI.create(base + path);
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + apiKey);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
