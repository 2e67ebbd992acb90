/*
 * FluxPay demo: a scripted scenario against the running fleet, told as a story.
 *
 *   java scripts/fluxpay/Demo.java [--gateway URL] [scenario ...]      (./fluxpay demo does this)
 *
 * A single file for the JDK's source launcher (JDK 21+): no build, no dependencies. HTTP through
 * java.net.http, JSON through the small reader at the bottom.
 *
 * To extend it: write a method that takes a Run and uses run.step(...), run.send(...), run.poll(...)
 * and run.check(...), then add one line to SCENARIOS. Scenarios run in that order; a failed check ends
 * its scenario, the others still run, and the exit code is 1 when anything failed.
 */

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

public class Demo {

    /** Every service of the fleet: the ping scenario expects an answer from each. */
    static final List<String> SERVICES = List.of("gateway-service", "payment-service", "ledger-service",
            "credit-service", "subscription-service", "waiting-room-service", "notification-service");

    record Scenario(String name, String title, Body body) {}

    @FunctionalInterface
    interface Body {
        void run(Run run) throws Exception;
    }

    /** The story, in order. Add new capabilities here. */
    static final List<Scenario> SCENARIOS = List.of(
            new Scenario("tenant", "An operator opens FluxPay to a merchant", Demo::createATenant),
            new Scenario("order", "Place an order and read it back", Demo::placeAnOrder),
            new Scenario("ping", "Every service answers a ping over Kafka", Demo::pingTheFleet),
            new Scenario("checkout", "Checkout: pay, a decline, a partial refund, a duplicate replayed", Demo::checkout),
            new Scenario("orders", "Orders end: completed when fulfilled, or canceled and the money given back",
                    Demo::completeAndCancelOrders),
            new Scenario("webhook", "A signed webhook reaches the merchant and verifies", Demo::receiveAWebhook),
            new Scenario("ledger", "The ledger balances and the auditor agrees", Demo::auditTheLedger));

    // ---- scenarios ------------------------------------------------------------------------------

    static void createATenant(Run run) throws Exception {
        if (run.apiKey != null) {
            run.say("using the API key in FLUXPAY_API_KEY (" + Run.masked(run.apiKey) + ")");
            return;
        }
        run.step("Create a tenant with the operator's admin token; its API key is shown this once");
        var created = run.send("POST", "/admin/v1/tenants", """
                {"name": "Demo shop", "mode": "test"}""", Map.of());
        run.check(created.status() == 201, "the tenant exists", "expected 201, got " + created.status()
                + (created.status() == 503 ? " (the gateway has no admin token: start it with ./fluxpay up)" : ""));
        if (created.json() instanceof Map<?, ?> map && map.get("apiKey") instanceof Map<?, ?> key
                && key.get("secret") instanceof String secret) {
            run.apiKey = secret;
            if (map.get("tenant") instanceof Map<?, ?> tenant && tenant.get("id") instanceof String id) {
                run.tenantId = id;
            }
        }
        run.check(run.apiKey != null, "the merchant holds its key " + Run.masked(run.apiKey)
                + "; every request below sends it", "no apiKey.secret in the answer");

        run.step("Without the key, the API refuses");
        var refused = run.sendAnonymously("GET", "/api/v1/orders/ord_anything");
        run.check(refused.status() == 401, "401 with a problem+json body", "expected 401, got " + refused.status());
    }

    static void placeAnOrder(Run run) throws Exception {
        run.step("Create an order of 15,000 KRW");
        var created = run.send("POST", "/api/v1/orders", """
                {"amount": 15000, "currency": "KRW", "description": "Demo order", "metadata": {"sku": "demo-1"}}""",
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        run.check(created.status() == 201 || created.status() == 202, "the gateway accepts the order (201 or 202)",
                "expected 201 or 202, got " + created.status());
        String id = created.string("id");
        run.check(id != null, "the answer carries the order's id", "no \"id\" in the answer");
        run.check("PENDING".equals(created.string("status")), "the order starts PENDING",
                "expected \"status\":\"PENDING\", got " + created.string("status"));

        run.step("Read the order back");
        var read = run.poll("GET", "/api/v1/orders/" + id, Duration.ofSeconds(10), response -> response.status() == 200);
        run.check(read.status() == 200, "the order can be read: " + id + " is " + read.string("status"),
                "GET /api/v1/orders/" + id + " did not answer 200 within 10 s (last: " + read.status() + ")");
    }

    static void pingTheFleet(Run run) throws Exception {
        run.step("Send a diagnostic ping through the gateway");
        long sent = System.nanoTime();
        var ping = run.send("POST", "/api/v1/diagnostics/pings", "{}", Map.of());
        run.check(ping.status() == 201 || ping.status() == 202, "the gateway accepts the ping",
                "expected 201 or 202, got " + ping.status());
        String id = ping.string("id");
        run.check(id != null, "the answer carries the ping's id", "no \"id\" in the answer");

        run.step("Wait until all seven services have answered (through Kafka and their outboxes)");
        var answered = run.poll("GET", "/api/v1/diagnostics/pings/" + id, Duration.ofSeconds(15),
                response -> response.status() == 200 && answeredBy(response).containsAll(SERVICES));
        long roundTripMillis = (System.nanoTime() - sent) / 1_000_000;
        List<String> who = answeredBy(answered);
        run.say("answered by " + who.size() + " of " + SERVICES.size() + ": " + String.join(", ", who));
        var missing = SERVICES.stream().filter(service -> !who.contains(service)).toList();
        run.check(missing.isEmpty(), "every service answered; round trip " + roundTripMillis + " ms",
                "no answer within 15 s from: " + String.join(", ", missing));
    }

    static void checkout(Run run) throws Exception {
        run.step("Open an order of 20,000 KRW, sending the request twice with one Idempotency-Key");
        String key = UUID.randomUUID().toString();
        String body = """
                {"amount": 20000, "currency": "KRW", "description": "Checkout demo"}""";
        var first = run.send("POST", "/api/v1/orders", body, Map.of("Idempotency-Key", key));
        var again = run.send("POST", "/api/v1/orders", body, Map.of("Idempotency-Key", key));
        run.check(again.body().equals(first.body()) && again.header("Idempotent-Replayed") != null,
                "the duplicate got the first answer back, byte for byte (Idempotent-Replayed: true): one order",
                "the second answer differs from the first");
        String orderId = first.string("id");
        run.poll("GET", "/api/v1/orders/" + orderId, Duration.ofSeconds(10), r -> "PENDING".equals(r.string("status")));

        run.step("Pay it through the sandbox PSP with a card that approves");
        var paid = run.send("POST", "/api/v1/payments", "{\"orderId\": \"" + orderId
                + "\", \"paymentMethod\": \"tok_approve\", \"psp\": \"sandbox\"}", Map.of());
        String paymentId = paid.string("id");
        var captured = run.poll("GET", "/api/v1/payments/" + paymentId, Duration.ofSeconds(15),
                r -> "CAPTURED".equals(r.string("status")));
        run.check("CAPTURED".equals(captured.string("status")), "approved and captured: 20,000 KRW",
                "the payment is " + captured.string("status") + ", not CAPTURED");
        var order = run.poll("GET", "/api/v1/orders/" + orderId, Duration.ofSeconds(10),
                r -> "PAID".equals(r.string("status")));
        run.check("PAID".equals(order.string("status")), "the order is PAID", "the order is " + order.string("status"));

        run.step("A second order, paid with a card the PSP declines");
        var other = run.send("POST", "/api/v1/orders", """
                {"amount": 9900, "currency": "KRW", "description": "Declined demo"}""", Map.of());
        run.poll("GET", "/api/v1/orders/" + other.string("id"), Duration.ofSeconds(10),
                r -> "PENDING".equals(r.string("status")));
        var declined = run.send("POST", "/api/v1/payments", "{\"orderId\": \"" + other.string("id")
                + "\", \"paymentMethod\": \"tok_decline\", \"psp\": \"sandbox\"}", Map.of());
        String declinedId = declined.status() == 402 && declined.json() instanceof Map<?, ?> problem
                && problem.get("payment") instanceof Map<?, ?> payment ? (String) payment.get("id") : declined.string("id");
        var failed = run.poll("GET", "/api/v1/payments/" + declinedId, Duration.ofSeconds(15),
                r -> "FAILED".equals(r.string("status")));
        run.check("FAILED".equals(failed.string("status")), "declined: the payment FAILED and no money moved",
                "the payment is " + failed.string("status"));

        run.step("Refund 5,000 KRW of the first payment");
        run.send("POST", "/api/v1/payments/" + paymentId + "/refunds", """
                {"amount": 5000, "reason": "one item returned"}""", Map.of());
        var refunded = run.poll("GET", "/api/v1/payments/" + paymentId, Duration.ofSeconds(15),
                r -> "PARTIALLY_REFUNDED".equals(r.string("status")));
        run.check("PARTIALLY_REFUNDED".equals(refunded.string("status")),
                "partially refunded: 5,000 of 20,000 KRW went back", "the payment is " + refunded.string("status"));
    }

    static void completeAndCancelOrders(Run run) throws Exception {
        run.step("An order paid and fulfilled: the merchant completes it");
        String fulfilled = paidOrder(run, 12000, "Fulfilled demo");
        var completed = run.send("POST", "/api/v1/orders/" + fulfilled + "/complete", "{}", Map.of());
        var order = completed.status() == 200 ? completed : run.poll("GET", "/api/v1/orders/" + fulfilled,
                Duration.ofSeconds(10), r -> "COMPLETED".equals(r.string("status")));
        run.check("COMPLETED".equals(order.string("status")), "the order is COMPLETED",
                "the order is " + order.string("status"));
        var late = run.send("POST", "/api/v1/orders/" + fulfilled + "/cancel", "{\"reason\": \"changed my mind\"}",
                Map.of());
        run.check(late.status() == 409 && "ORD_004".equals(late.string("code")),
                "a completed order is not canceled (409 ORD_004): refund its payment instead",
                "canceling a completed order answered " + late.status());

        run.step("An order paid, but the service it paid for failed: the merchant cancels it");
        String failedService = paidOrder(run, 8000, "Compensated demo");
        run.send("POST", "/api/v1/orders/" + failedService + "/cancel",
                "{\"reason\": \"the paid service failed\"}", Map.of());
        var canceled = run.poll("GET", "/api/v1/orders/" + failedService, Duration.ofSeconds(15),
                r -> "CANCELED".equals(r.string("status")));
        run.check("CANCELED".equals(canceled.string("status")),
                "the order is CANCELED (cause PAYMENT_RETURNED): payment-service refunded the 8,000 KRW first",
                "the order is " + canceled.string("status"));
    }

    /** A new order of {@code amount} KRW paid with a card that approves; returns its id once PAID. */
    private static String paidOrder(Run run, long amount, String description) throws Exception {
        var created = run.send("POST", "/api/v1/orders", "{\"amount\": " + amount
                + ", \"currency\": \"KRW\", \"description\": \"" + description + "\"}", Map.of());
        String orderId = created.string("id");
        run.poll("GET", "/api/v1/orders/" + orderId, Duration.ofSeconds(10), r -> "PENDING".equals(r.string("status")));
        run.send("POST", "/api/v1/payments", "{\"orderId\": \"" + orderId
                + "\", \"paymentMethod\": \"tok_approve\", \"psp\": \"sandbox\"}", Map.of());
        run.poll("GET", "/api/v1/orders/" + orderId, Duration.ofSeconds(15), r -> "PAID".equals(r.string("status")));
        return orderId;
    }

    static void auditTheLedger(Run run) throws Exception {
        if (run.tenantId == null) {
            run.say("skipped: the tenant scenario did not run (FLUXPAY_API_KEY was given)");
            return;
        }
        String ledger = run.gateway.replaceFirst(":\\d+$", ":8082");
        run.step("Ask the ledger for this tenant's trial balance (ledger-service, operator endpoint)");
        var trial = run.sendTo(ledger, "GET", "/actuator/ledger-accounts/" + run.tenantId);
        boolean balanced = trial.status() == 200 && field(trial, "netPerCurrency") instanceof Map<?, ?> net
                && !net.isEmpty() && net.values().stream().allMatch(v -> v instanceof Number n && n.doubleValue() == 0);
        run.check(balanced, "every currency's debits equal its credits (net " + field(trial, "netPerCurrency") + ")",
                "the trial balance is not balanced: " + trial.body());

        run.step("Recompute the tamper-evident hash chain");
        var chain = run.sendTo(ledger, "GET", "/actuator/ledger-verification/" + run.tenantId);
        run.check(chain.status() == 200 && field(chain, "firstBrokenLink") == null
                        && field(chain, "entriesChecked") instanceof Number checked && checked.longValue() > 0,
                "the chain of " + ((Number) field(chain, "entriesChecked")).longValue() + " entries is intact",
                "the chain is broken: " + chain.body());

        run.step("The consistency auditor's verdict (payments against journal entries)");
        var verdict = run.pollTo(ledger, "/actuator/ledger-mismatches", Duration.ofSeconds(20),
                r -> r.status() == 200 && !r.body().contains(run.tenantId));
        run.check(verdict.status() == 200 && !verdict.body().contains(run.tenantId),
                "no open mismatch for this tenant: orders, payments and the ledger agree",
                "the auditor reports mismatches: " + verdict.body());
    }

    static Object field(Response response, String name) {
        return response.json() instanceof Map<?, ?> map ? map.get(name) : null;
    }

    static void receiveAWebhook(Run run) throws Exception {
        var received = new java.util.concurrent.LinkedBlockingQueue<Map<String, String>>();
        var server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/webhooks", exchange -> {
            var delivery = new LinkedHashMap<String, String>();
            delivery.put("id", exchange.getRequestHeaders().getFirst("webhook-id"));
            delivery.put("timestamp", exchange.getRequestHeaders().getFirst("webhook-timestamp"));
            delivery.put("signature", exchange.getRequestHeaders().getFirst("webhook-signature"));
            delivery.put("body", new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            received.add(delivery);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks";
            run.step("Register a local receiver (" + url + ") for order events; the signing secret is shown once");
            var registered = run.send("POST", "/api/v1/webhook-endpoints", "{\"url\": \"" + url
                    + "\", \"eventTypes\": [\"order.created\"], \"description\": \"demo receiver\"}", Map.of());
            run.check(registered.status() == 201 || registered.status() == 202, "the endpoint is registered",
                    "expected 201 or 202, got " + registered.status());
            String endpointId = registered.string("id");
            String secret = registered.string("secret");
            run.check(secret != null && secret.startsWith("whsec_"), "the merchant keeps its secret whsec_…",
                    "no whsec_ secret in the answer");
            var active = run.poll("GET", "/api/v1/webhook-endpoints/" + endpointId, Duration.ofSeconds(15),
                    response -> "ACTIVE".equals(response.string("status")));
            run.check("ACTIVE".equals(active.string("status")), "notification-service holds the endpoint",
                    "the endpoint did not become ACTIVE within 15 s");

            run.step("Place an order; notification-service sends order.created to the receiver");
            var order = run.send("POST", "/api/v1/orders", """
                    {"amount": 4200, "currency": "USD", "description": "Webhook demo"}""", Map.of());
            String orderId = order.string("id");
            Map<String, String> delivery = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                var next = received.poll(500, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (next != null && orderId != null && next.get("body").contains(orderId)) {
                    delivery = next;
                    break;
                }
            }
            run.check(delivery != null, "the receiver got the webhook for " + orderId,
                    "no webhook for the order within 20 s");
            run.say("webhook-id: " + delivery.get("id") + ", webhook-timestamp: " + delivery.get("timestamp"));
            run.say("webhook-signature: " + delivery.get("signature"));

            run.step("Verify the signature as a merchant would: HMAC-SHA256 of id.timestamp.body with the secret");
            String expected = sign(secret, delivery.get("id"), delivery.get("timestamp"), delivery.get("body"));
            boolean verified = java.util.Arrays.asList(delivery.get("signature").split(" ")).contains("v1," + expected);
            run.check(verified, "the signature verifies", "no v1 signature matches " + expected);
        } finally {
            server.stop(0);
        }
    }

    /** Standard Webhooks: base64(HMAC-SHA256(key = base64-decoded secret after whsec_, id.timestamp.body)). */
    static String sign(String secret, String id, String timestamp, String body) throws Exception {
        var mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(
                java.util.Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] signature = mac.doFinal((id + "." + timestamp + "." + body).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.util.Base64.getEncoder().encodeToString(signature);
    }

    static List<String> answeredBy(Response response) {
        List<String> names = new ArrayList<>();
        if (response.json() instanceof Map<?, ?> map && map.get("answeredBy") instanceof List<?> list) {
            for (Object item : list) {
                // either plain names or objects such as {"service": "ledger-service", ...}
                if (item instanceof String name) {
                    names.add(name);
                } else if (item instanceof Map<?, ?> entry && entry.get("service") instanceof String name) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    // ---- running the story ----------------------------------------------------------------------

    public static void main(String[] args) {
        String gateway = System.getenv().getOrDefault("FLUXPAY_GATEWAY_URL", "http://localhost:8080");
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gateway" -> gateway = i + 1 < args.length ? args[++i] : usage("--gateway needs a URL");
                case "-h", "--help" -> {
                    usage(null);
                    return;
                }
                default -> chosen.add(args[i]);
            }
        }
        for (String name : chosen) {
            if (SCENARIOS.stream().noneMatch(scenario -> scenario.name().equals(name))) {
                usage("no scenario called " + name);
            }
        }
        var run = new Run(gateway.replaceAll("/+$", ""));
        System.out.println("FluxPay demo against " + run.gateway);
        if (!run.gatewayAnswers()) {
            System.out.println();
            System.out.println("The gateway at " + run.gateway + " does not answer: run ./fluxpay up first.");
            System.exit(1);
        }
        int number = 0;
        List<String> failed = new ArrayList<>();
        for (Scenario scenario : SCENARIOS) {
            if (!chosen.isEmpty() && !chosen.contains(scenario.name()) && !scenario.name().equals("tenant")) {
                continue;
            }
            number++;
            System.out.printf("%n== %d. %s ==%n", number, scenario.title());
            try {
                scenario.body().run(run);
            } catch (CheckFailed e) {
                failed.add(scenario.title());
            } catch (ConnectException | HttpConnectTimeoutException e) {
                run.fail("the gateway stopped answering (" + e.getClass().getSimpleName() + "); is FluxPay still up?");
                failed.add(scenario.title());
            } catch (Exception e) {
                run.fail("unexpected " + e);
                failed.add(scenario.title());
            }
        }
        System.out.println();
        if (failed.isEmpty()) {
            System.out.printf("All %d scenario(s) passed.%n", number);
        } else {
            System.out.printf("%d of %d scenario(s) failed: %s%n", failed.size(), number, String.join("; ", failed));
            System.out.println("The services' logs: ./fluxpay logs <service>   (or .fluxpay/logs/)");
            System.exit(1);
        }
    }

    static String usage(String problem) {
        if (problem != null) {
            System.err.println("demo: " + problem);
        }
        System.err.println("usage: ./fluxpay demo [--gateway URL] [scenario ...]");
        SCENARIOS.forEach(scenario -> System.err.printf("  %-8s %s%n", scenario.name(), scenario.title()));
        if (problem != null) {
            System.exit(2);
        }
        return null;
    }

    static final class CheckFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CheckFailed(String message) {
            super(message, null, false, false);
        }
    }

    record Response(int status, String body, long millis, Object json, Map<String, List<String>> headers) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }

        String string(String field) {
            return json instanceof Map<?, ?> map && map.get(field) instanceof String value ? value : null;
        }
    }

    /** The narrative: steps, requests, answers and verdicts, printed as they happen. */
    static final class Run {
        private static final int SHOWN_BODY_CHARS = 1500;
        final String gateway;
        /** The merchant's key: from FLUXPAY_API_KEY, or made by the tenant scenario. */
        String apiKey = System.getenv("FLUXPAY_API_KEY");
        String tenantId;
        private final String adminToken = System.getenv("FLUXPAY_ADMIN_TOKEN");
        private boolean anonymous;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        private int steps;

        Run(String gateway) {
            this.gateway = gateway;
        }

        boolean gatewayAnswers() {
            try {
                var response = exchange("GET", "/actuator/health/readiness", null, Map.of());
                if (response.status() != 200) {
                    say("note: the gateway answers but is not ready (" + response.status() + ")");
                }
                return true;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        void step(String title) {
            System.out.printf("%n  Step %d: %s%n", ++steps, title);
        }

        void say(String text) {
            System.out.println("    " + text);
        }

        static String masked(String secret) {
            return secret == null ? "(none)" : secret.substring(0, Math.min(11, secret.length())) + "…";
        }

        /** An operator's GET to another service of the fleet (its management endpoints). */
        Response sendTo(String base, String method, String path) throws IOException, InterruptedException {
            System.out.println("    -> " + method + " " + base + path);
            var response = exchange(base, method, path, null, Map.of());
            show(response, null);
            return response;
        }

        Response pollTo(String base, String path, Duration within, Predicate<Response> done)
                throws IOException, InterruptedException {
            System.out.println("    -> GET " + base + path + "   (repeated until it answers as expected, up to "
                    + within.toSeconds() + " s)");
            long deadline = System.nanoTime() + within.toNanos();
            Response response;
            do {
                response = exchange(base, "GET", path, null, Map.of());
                if (done.test(response)) {
                    break;
                }
                Thread.sleep(500);
            } while (System.nanoTime() < deadline);
            show(response, null);
            return response;
        }

        /** A request without credentials, to show what the API says to a stranger. */
        Response sendAnonymously(String method, String path) throws IOException, InterruptedException {
            anonymous = true;
            try {
                return send(method, path, null, Map.of());
            } finally {
                anonymous = false;
            }
        }

        // operators use the admin token on /admin, merchants their API key on /api
        private String credentialFor(String path) {
            if (anonymous) {
                return null;
            }
            return path.startsWith("/admin/") ? adminToken : path.startsWith("/api/") ? apiKey : null;
        }

        /** One request, shown with its answer. */
        Response send(String method, String path, String body, Map<String, String> headers)
                throws IOException, InterruptedException {
            System.out.println("    -> " + method + " " + path);
            if (credentialFor(path) != null) {
                System.out.println("       Authorization: Bearer " + masked(credentialFor(path)));
            }
            headers.forEach((name, value) -> System.out.println("       " + name + ": " + value));
            if (body != null) {
                System.out.println(indent(Json.pretty(body), "       "));
            }
            var response = exchange(method, path, body, headers);
            show(response, null);
            return response;
        }

        /** Repeats a request every 250 ms until the answer satisfies the condition or the time is up; shows the last answer. */
        Response poll(String method, String path, Duration within, Predicate<Response> done)
                throws IOException, InterruptedException {
            System.out.println("    -> " + method + " " + path + "   (repeated until it answers as expected, up to "
                    + within.toSeconds() + " s)");
            long deadline = System.nanoTime() + within.toNanos();
            int attempts = 0;
            Response response;
            while (true) {
                attempts++;
                response = exchange(method, path, null, Map.of());
                if (done.test(response) || System.nanoTime() > deadline) {
                    break;
                }
                Thread.sleep(250);
            }
            show(response, attempts == 1 ? "1 attempt" : attempts + " attempts");
            return response;
        }

        void check(boolean condition, String pass, String failure) {
            if (!condition) {
                fail(failure);
                throw new CheckFailed(failure);
            }
            System.out.println("    PASS  " + pass);
        }

        void fail(String why) {
            System.out.println("    FAIL  " + why);
        }

        private Response exchange(String method, String path, String body, Map<String, String> headers)
                throws IOException, InterruptedException {
            return exchange(gateway, method, path, body, headers);
        }

        private Response exchange(String base, String method, String path, String body, Map<String, String> headers)
                throws IOException, InterruptedException {
            var request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(10))
                    .header("Accept", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (credentialFor(path) != null) {
                request.header("Authorization", "Bearer " + credentialFor(path));
            }
            headers.forEach(request::header);
            long started = System.nanoTime();
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - started) / 1_000_000;
            Object json = null;
            try {
                json = response.body().isBlank() ? null : Json.parse(response.body());
            } catch (IllegalArgumentException notJson) {
                // shown as text; checks on fields then fail with a readable message
            }
            return new Response(response.statusCode(), response.body(), millis, json, response.headers().map());
        }

        private void show(Response response, String note) {
            System.out.println("    <- " + response.status() + " (" + response.millis() + " ms"
                    + (note == null ? "" : ", " + note) + ")");
            if (!response.body().isBlank()) {
                String shown = response.json() != null ? Json.pretty(response.body()) : response.body();
                if (shown.length() > SHOWN_BODY_CHARS) {
                    shown = shown.substring(0, SHOWN_BODY_CHARS) + "\n... (" + shown.length() + " characters in all)";
                }
                System.out.println(indent(shown, "       "));
            }
        }

        private static String indent(String text, String prefix) {
            return prefix + text.replace("\n", "\n" + prefix);
        }
    }

    /** Just enough JSON: parse to Map / List / String / Double / Boolean / null, and re-indent text. */
    static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static Object parse(String text) {
            var json = new Json(text);
            Object value = json.value();
            json.skipSpace();
            if (json.at != text.length()) {
                throw json.error("trailing characters");
            }
            return value;
        }

        /** Indents JSON text two spaces a level; text that is not JSON comes back unchanged. */
        static String pretty(String text) {
            try {
                parse(text);
            } catch (IllegalArgumentException e) {
                return text;
            }
            var out = new StringBuilder();
            int depth = 0;
            boolean inString = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (inString) {
                    out.append(c);
                    if (c == '\\') {
                        out.append(text.charAt(++i));
                    } else if (c == '"') {
                        inString = false;
                    }
                    continue;
                }
                switch (c) {
                    case '"' -> {
                        inString = true;
                        out.append(c);
                    }
                    case '{', '[' -> {
                        int close = nextNonSpace(text, i + 1);
                        if (close < text.length() && (text.charAt(close) == '}' || text.charAt(close) == ']')) {
                            out.append(c).append(text.charAt(close)); // {} and [] stay on one line
                            i = close;
                        } else {
                            out.append(c).append('\n').append("  ".repeat(++depth));
                        }
                    }
                    case '}', ']' -> out.append('\n').append("  ".repeat(--depth)).append(c);
                    case ',' -> out.append(",\n").append("  ".repeat(depth));
                    case ':' -> out.append(": ");
                    case ' ', '\n', '\r', '\t' -> { }
                    default -> out.append(c);
                }
            }
            return out.toString();
        }

        private static int nextNonSpace(String text, int from) {
            while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            return from;
        }

        private Object value() {
            skipSpace();
            if (at >= text.length()) {
                throw error("unexpected end");
            }
            char c = text.charAt(at);
            return switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> number();
            };
        }

        private Map<String, Object> object() {
            var map = new LinkedHashMap<String, Object>();
            at++;
            skipSpace();
            if (peek('}')) {
                at++;
                return map;
            }
            while (true) {
                skipSpace();
                String key = string();
                skipSpace();
                expect(':');
                map.put(key, value());
                skipSpace();
                if (peek(',')) {
                    at++;
                } else {
                    expect('}');
                    return map;
                }
            }
        }

        private List<Object> array() {
            var list = new ArrayList<>();
            at++;
            skipSpace();
            if (peek(']')) {
                at++;
                return list;
            }
            while (true) {
                list.add(value());
                skipSpace();
                if (peek(',')) {
                    at++;
                } else {
                    expect(']');
                    return list;
                }
            }
        }

        private String string() {
            expect('"');
            var out = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (at >= text.length()) {
                    break;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        if (at + 4 > text.length()) {
                            throw error("bad \\u escape");
                        }
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(escaped); // \" \\ \/
                }
            }
            throw error("unterminated string");
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, at)) {
                throw error("expected " + word);
            }
            at += word.length();
            return value;
        }

        private Double number() {
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            try {
                return Double.valueOf(text.substring(start, at));
            } catch (NumberFormatException e) {
                throw error("unexpected character");
            }
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private boolean peek(char c) {
            return at < text.length() && text.charAt(at) == c;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error("expected '" + c + "'");
            }
            at++;
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("not JSON: " + what + " at " + at);
        }
    }
}
