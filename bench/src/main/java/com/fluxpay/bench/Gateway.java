package com.fluxpay.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * The gateway's HTTP API as the benchmark uses it. Always 127.0.0.1: the harness must never be
 * pointed at anything but the local fleet.
 */
final class Gateway {

    /** One answer: status, the parsed body (or null) and how long the exchange took. */
    record Reply(int status, JsonNode json, long nanos) {

        String text(String field) {
            return json != null && json.hasNonNull(field) ? json.get(field).asText() : null;
        }

        /** The problem+json code (RATE_001, PAY_002 …) when there is one. */
        String code() {
            return text("code");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    // the gateway waits at most its command-wait (3 s) before answering 202; anything far beyond is a fault
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http;
    private final String base;
    private volatile String apiKey;

    Gateway(int port) {
        this.base = "http://127.0.0.1:" + port;
        // HTTP/1.1 because that is what merchants' servers mostly speak; the client opens as many
        // connections as there are requests in flight and keeps them alive between checkouts
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    /** Creates the benchmark's own tenant with a limit far above any rate we drive, so 429s mean a bug. */
    String createTenant(String adminToken, String name) throws IOException, InterruptedException {
        String body = "{\"name\":\"" + name + "\",\"mode\":\"test\",\"ratePerSecond\":100000,\"burst\":100000}";
        var request = HttpRequest.newBuilder(URI.create(base + "/admin/v1/tenants"))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        Reply reply = exchange(request);
        if (reply.status() != 201 || reply.json() == null || !reply.json().path("apiKey").hasNonNull("secret")) {
            throw new IOException("creating the bench tenant answered " + reply.status() + ": " + reply.json());
        }
        apiKey = reply.json().path("apiKey").get("secret").asText();
        return reply.json().path("tenant").path("id").asText();
    }

    Reply createOrder(long amount) throws IOException, InterruptedException {
        return post("/api/v1/orders", "{\"amount\":" + amount
                + ",\"currency\":\"KRW\",\"description\":\"bench\",\"metadata\":{\"source\":\"bench\"}}");
    }

    Reply pay(String orderId) throws IOException, InterruptedException {
        return post("/api/v1/payments", "{\"orderId\":\"" + orderId
                + "\",\"paymentMethod\":\"tok_approve\",\"psp\":\"sandbox\"}");
    }

    Reply order(String id) throws IOException, InterruptedException {
        return get("/api/v1/orders/" + id);
    }

    Reply payment(String id) throws IOException, InterruptedException {
        return get("/api/v1/payments/" + id);
    }

    private Reply post(String path, String body) throws IOException, InterruptedException {
        // a fresh Idempotency-Key per request, as a well-behaved merchant sends: it also exercises the
        // gateway's idempotency claim (Postgres) and cache (Redis), which are part of the accept path
        var request = authorized(path)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return exchange(request);
    }

    private Reply get(String path) throws IOException, InterruptedException {
        return exchange(authorized(path).GET().build());
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + apiKey);
    }

    private Reply exchange(HttpRequest request) throws IOException, InterruptedException {
        long began = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long nanos = System.nanoTime() - began;
        JsonNode json = null;
        if (response.body().length > 0) {
            try {
                json = JSON.readTree(response.body());
            } catch (IOException notJson) {
                // an HTML error page or a truncated body: the status still tells the story
            }
        }
        return new Reply(response.statusCode(), json, nanos);
    }
}
