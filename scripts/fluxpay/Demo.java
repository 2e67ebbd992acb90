/*
 * FluxPay demo: a scripted scenario against the running fleet, told as a story.
 *
 *   ./fluxpay demo [--gateway URL] [scenario ...]
 *
 * A single file for the JDK's source launcher (JDK 21+), run on the class path of gateway-client (the typed client
 * of the gateway's API the tests use too: gateway-client/target/gateway-client.jar and its Jackson jars in
 * gateway-client/target/lib/); ./fluxpay demo builds them when missing or stale. By hand:
 *
 *   java -cp 'gateway-client/target/gateway-client.jar:gateway-client/target/lib/*' scripts/fluxpay/Demo.java
 *
 * To extend it: write a method that takes a Run and uses run.step(...), run.send(...), run.poll(...)
 * and run.check(...), then add one line to SCENARIOS. Scenarios run in that order; a failed check ends
 * its scenario, the others still run, and the exit code is 1 when anything failed.
 */

import com.fasterxml.jackson.databind.JsonNode;
import com.fluxpay.client.Admin.NewTenant;
import com.fluxpay.client.Answer;
import com.fluxpay.client.CreditAccount;
import com.fluxpay.client.CreditUsage;
import com.fluxpay.client.GatewayClient;
import com.fluxpay.client.Json;
import com.fluxpay.client.Order;
import com.fluxpay.client.OrderChange;
import com.fluxpay.client.Payment;
import com.fluxpay.client.Requests.NewCreditGrant;
import com.fluxpay.client.Requests.NewCreditUsage;
import com.fluxpay.client.Requests.NewOrder;
import com.fluxpay.client.Requests.NewWebhookEndpoint;
import com.fluxpay.client.Requests.PayOrder;
import com.fluxpay.client.WebhookEndpoint;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

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
            new Scenario("credits", "Prepaid credits: a grant, a usage consumed, a failed one given back, one refused",
                    Demo::spendCredits),
            new Scenario("webhook", "A signed webhook reaches the merchant and verifies", Demo::receiveAWebhook),
            new Scenario("ledger", "The ledger balances and the auditor agrees", Demo::auditTheLedger));

    // ---- scenarios ------------------------------------------------------------------------------

    static void createATenant(Run run) throws Exception {
        if (run.apiKey != null) {
            run.say("using the API key in FLUXPAY_API_KEY (" + GatewayClient.masked(run.apiKey) + ")");
            return;
        }
        run.step("Create a tenant with the operator's admin token; its API key is shown this once");
        var created = run.send(() -> run.operator().createTenant(new NewTenant("Demo shop", "test", null, null)));
        run.check(created.status() == 201, "the tenant exists", "expected 201, got " + created.status()
                + (created.status() == 503 ? " (the gateway has no admin token: start it with ./fluxpay up)" : ""));
        var tenant = created.value();
        run.apiKey = tenant.apiKey().secret();
        run.tenantId = tenant.tenant().id();
        run.check(run.apiKey != null, "the merchant holds its key " + GatewayClient.masked(run.apiKey)
                + "; every request below sends it", "no apiKey.secret in the answer");

        run.step("Without the key, the API refuses");
        var refused = run.send(() -> run.anonymous().order("ord_anything"));
        run.check(refused.status() == 401 && "AUTH_001".equals(refused.problem().code()),
                "401 with a problem+json body (AUTH_001)", "expected 401, got " + refused.status());
    }

    static void placeAnOrder(Run run) throws Exception {
        run.step("Create an order of 15,000 KRW");
        var created = run.send(() -> run.merchant().createOrder(NewOrder.of(15_000, "KRW").describedAs("Demo order")
                .withMetadata(Map.of("sku", "demo-1")), UUID.randomUUID().toString()));
        run.check(created.status() == 201 || created.status() == 202, "the gateway accepts the order (201 or 202)",
                "expected 201 or 202, got " + created.status());
        var order = created.value();
        run.check(order.status() == Order.Status.PENDING && order.amount() == 15_000,
                "the order " + order.id() + " starts PENDING, for 15,000 KRW",
                "expected a PENDING order of 15000, got " + order.status() + " of " + order.amount());

        run.step("Read the order back");
        var read = run.poll(() -> run.merchant().order(order.id()), Duration.ofSeconds(10), answer -> answer.status() == 200);
        run.check(read.status() == 200, "the order can be read: " + order.id() + " is " + read.value().status(),
                "GET /api/v1/orders/" + order.id() + " did not answer 200 within 10 s (last: " + read.status() + ")");
    }

    static void pingTheFleet(Run run) throws Exception {
        run.step("Send a diagnostic ping through the gateway");
        long sent = System.nanoTime();
        var ping = run.send(() -> run.merchant().ping());
        run.check(ping.status() == 201 || ping.status() == 202, "the gateway accepts the ping",
                "expected 201 or 202, got " + ping.status());
        String id = ping.value().id();

        run.step("Wait until all seven services have answered (through Kafka and their outboxes)");
        var answered = run.poll(() -> run.merchant().ping(id), Duration.ofSeconds(15),
                answer -> answer.status() == 200 && answer.value().answeredBy().containsAll(SERVICES));
        long roundTripMillis = (System.nanoTime() - sent) / 1_000_000;
        List<String> who = answered.status() == 200 ? answered.value().answeredBy() : List.of();
        run.say("answered by " + who.size() + " of " + SERVICES.size() + ": " + String.join(", ", who));
        var missing = SERVICES.stream().filter(service -> !who.contains(service)).toList();
        run.check(missing.isEmpty(), "every service answered; round trip " + roundTripMillis + " ms",
                "no answer within 15 s from: " + String.join(", ", missing));
    }

    static void checkout(Run run) throws Exception {
        run.step("Open an order of 20,000 KRW, sending the request twice with one Idempotency-Key");
        String key = UUID.randomUUID().toString();
        var request = NewOrder.of(20_000, "KRW").describedAs("Checkout demo");
        var first = run.send(() -> run.merchant().createOrder(request, key));
        var again = run.send(() -> run.merchant().createOrder(request, key));
        run.check(again.body().equals(first.body()) && again.replayed(),
                "the duplicate got the first answer back, byte for byte (Idempotent-Replayed: true): one order",
                "the second answer differs from the first");
        String orderId = first.value().id();
        awaitOrder(run, orderId, Order.Status.PENDING);

        run.step("Pay it through the sandbox PSP with a card that approves");
        String paymentId = run.send(() -> run.merchant().pay(PayOrder.of(orderId, "tok_approve", "sandbox"))).value().id();
        var captured = awaitPayment(run, paymentId, Payment.Status.CAPTURED);
        run.check(captured.status() == Payment.Status.CAPTURED && captured.capturedAmount() == 20_000,
                "approved and captured: 20,000 KRW", "the payment is " + captured.status() + ", not CAPTURED");
        var order = awaitOrder(run, orderId, Order.Status.PAID);
        run.check(order.status() == Order.Status.PAID, "the order is PAID", "the order is " + order.status());

        run.step("A second order, paid with a card the PSP declines");
        String otherId = run.send(() -> run.merchant().createOrder(NewOrder.of(9_900, "KRW")
                .describedAs("Declined demo"))).value().id();
        awaitOrder(run, otherId, Order.Status.PENDING);
        var declined = run.send(() -> run.merchant().pay(PayOrder.of(otherId, "tok_decline", "sandbox")));
        String declinedId = declined.status() == 402 ? declined.problem().payment().id() : declined.value().id();
        var failed = awaitPayment(run, declinedId, Payment.Status.FAILED);
        run.check(failed.status() == Payment.Status.FAILED, "declined (" + failed.failure().code()
                + "): the payment FAILED and no money moved", "the payment is " + failed.status());

        run.step("Refund 5,000 KRW of the first payment");
        run.send(() -> run.merchant().refund(paymentId, 5_000L, "one item returned"));
        var refunded = awaitPayment(run, paymentId, Payment.Status.PARTIALLY_REFUNDED);
        run.check(refunded.status() == Payment.Status.PARTIALLY_REFUNDED && refunded.refundedAmount() == 5_000,
                "partially refunded: 5,000 of 20,000 KRW went back", "the payment is " + refunded.status());
    }

    static void completeAndCancelOrders(Run run) throws Exception {
        run.step("An order paid and fulfilled: the merchant completes it");
        String fulfilled = paidOrder(run, 12_000, "Fulfilled demo");
        var completed = run.send(() -> run.merchant().completeOrder(fulfilled, null));
        var order = completed.status() == 200 ? completed.value() : awaitOrder(run, fulfilled, Order.Status.COMPLETED);
        run.check(order.status() == Order.Status.COMPLETED, "the order is COMPLETED", "the order is " + order.status());
        var late = run.send(() -> run.merchant().cancelOrder(fulfilled, "changed my mind", null));
        run.check(late.status() == 409 && "ORD_004".equals(late.problem().code()),
                "a completed order is not canceled (409 ORD_004): refund its payment instead",
                "canceling a completed order answered " + late.status());

        run.step("An order paid, but the service it paid for failed: the merchant cancels it");
        String failedService = paidOrder(run, 8_000, "Compensated demo");
        var cancel = run.send(() -> run.merchant().cancelOrder(failedService, "the paid service failed", null));
        if (cancel.status() == 202) {
            run.say("payment-service gives the money back first: " + cancel.as(OrderChange.class).command());
        }
        var cancelled = awaitOrder(run, failedService, Order.Status.CANCELED);
        run.check(cancelled.status() == Order.Status.CANCELED && cancelled.cancellation() != null
                        && cancelled.cancellation().cause() == Order.CancelCause.PAYMENT_RETURNED,
                "the order is canceled (cause PAYMENT_RETURNED): payment-service refunded the 8,000 KRW first",
                "the order is " + cancelled.status());
    }

    /** A new order of {@code amount} KRW paid with a card that approves; returns its id once PAID. */
    private static String paidOrder(Run run, long amount, String description) throws Exception {
        String orderId = run.send(() -> run.merchant().createOrder(NewOrder.of(amount, "KRW").describedAs(description)))
                .value().id();
        awaitOrder(run, orderId, Order.Status.PENDING);
        run.send(() -> run.merchant().pay(PayOrder.of(orderId, "tok_approve", "sandbox")));
        awaitOrder(run, orderId, Order.Status.PAID);
        return orderId;
    }

    private static Order awaitOrder(Run run, String orderId, Order.Status status) throws Exception {
        return run.poll(() -> run.merchant().order(orderId), Duration.ofSeconds(15),
                answer -> answer.status() == 200 && answer.value().status() == status).value();
    }

    private static Payment awaitPayment(Run run, String paymentId, Payment.Status status) throws Exception {
        return run.poll(() -> run.merchant().payment(paymentId), Duration.ofSeconds(15),
                answer -> answer.status() == 200 && answer.value().status() == status).value();
    }

    static void spendCredits(Run run) throws Exception {
        String customer = "demo-user-" + UUID.randomUUID().toString().substring(0, 8);
        run.step("Grant " + customer + " 100 free credits");
        run.send(() -> run.merchant().grantCredits(NewCreditGrant.of(customer, "credits", 100),
                UUID.randomUUID().toString()));
        var account = awaitCredits(run, customer, a -> a.available() == 100);
        run.check(account.available() == 100, "the balance is 100 credits", "the balance is " + account.available());

        run.step("A usage reserves 30 credits, then completes having used 20: the other 10 come back");
        var usage = run.send(() -> run.merchant().useCredits(NewCreditUsage.of(customer, "credits", "report.export", 30),
                UUID.randomUUID().toString())).value();
        awaitUsage(run, usage.id(), CreditUsage.Status.RESERVED);
        run.send(() -> run.merchant().completeUsage(usage.id(), 20L));
        var consumed = awaitUsage(run, usage.id(), CreditUsage.Status.CONSUMED);
        account = awaitCredits(run, customer, a -> a.available() == 80 && a.reserved() == 0);
        run.check(consumed.consumed() == 20 && account.available() == 80,
                "20 credits consumed, 80 available, nothing held", "available " + account.available()
                        + ", consumed " + consumed.consumed());

        run.step("A usage whose service failed gives its credits back");
        var failing = run.send(() -> run.merchant().useCredits(NewCreditUsage.of(customer, "credits", "report.export",
                50), UUID.randomUUID().toString())).value();
        awaitUsage(run, failing.id(), CreditUsage.Status.RESERVED);
        run.send(() -> run.merchant().failUsage(failing.id(), "the export crashed"));
        awaitUsage(run, failing.id(), CreditUsage.Status.RELEASED);
        account = awaitCredits(run, customer, a -> a.available() == 80 && a.reserved() == 0);
        run.check(account.available() == 80, "the 50 held credits are back: 80 available",
                "available " + account.available());

        run.step("A usage the balance does not cover is refused, and nothing is held");
        var refused = run.send(() -> run.merchant().useCredits(NewCreditUsage.of(customer, "credits", "report.export",
                81), UUID.randomUUID().toString()));
        String code = refused.status() == 402 ? refused.problem().code()
                : awaitUsage(run, refused.value().id(), CreditUsage.Status.REJECTED).failure().code();
        run.check("PAY_001".equals(code), "81 credits of 80 are refused (PAY_001, insufficient balance)",
                "the refusal said " + code);
    }

    private static CreditAccount awaitCredits(Run run, String customer, Predicate<CreditAccount> done)
            throws Exception {
        return run.poll(() -> run.merchant().creditAccount(customer, "credits"), Duration.ofSeconds(15),
                answer -> answer.status() == 200 && done.test(answer.value())).value();
    }

    private static CreditUsage awaitUsage(Run run, String usageId, CreditUsage.Status status) throws Exception {
        return run.poll(() -> run.merchant().creditUsage(usageId), Duration.ofSeconds(15),
                answer -> answer.status() == 200 && answer.value().status() == status).value();
    }

    static void auditTheLedger(Run run) throws Exception {
        if (run.tenantId == null) {
            run.say("skipped: the tenant scenario did not run (FLUXPAY_API_KEY was given)");
            return;
        }
        // ledger-service's operator endpoints: not the gateway's API, so read as JSON trees
        var ledger = GatewayClient.at(run.gateway.replaceFirst(":\\d+$", ":8082"));
        run.step("Ask the ledger for this tenant's trial balance (ledger-service, operator endpoint)");
        var trial = run.send(() -> ledger.get("/actuator/ledger-accounts/" + run.tenantId));
        JsonNode net = trial.status() == 200 ? trial.value().path("netPerCurrency") : Json.tree("{}");
        boolean balanced = net.size() > 0 && net.valueStream().allMatch(sum -> sum.isNumber() && sum.longValue() == 0);
        run.check(balanced, "every currency's debits equal its credits (net " + net + ")",
                "the trial balance is not balanced: " + trial.body());

        run.step("Recompute the tamper-evident hash chain");
        var chain = run.send(() -> ledger.get("/actuator/ledger-verification/" + run.tenantId));
        long checked = chain.status() == 200 ? chain.value().path("entriesChecked").asLong() : 0;
        run.check(chain.status() == 200 && chain.value().path("firstBrokenLink").isNull() && checked > 0,
                "the chain of " + checked + " entries is intact", "the chain is broken: " + chain.body());

        run.step("The consistency auditor's verdict (payments against journal entries)");
        Predicate<Answer<JsonNode>> clean = answer -> answer.status() == 200 && answer.value().path("mismatches")
                .valueStream().noneMatch(open -> run.tenantId.equals(open.path("mismatch").path("tenantId").asText()));
        var verdict = run.poll(() -> ledger.get("/actuator/ledger-mismatches"), Duration.ofSeconds(20), clean);
        run.check(clean.test(verdict), "no open mismatch for this tenant: orders, payments and the ledger agree",
                "the auditor reports mismatches: " + verdict.body());
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
            var registered = run.send(() -> run.merchant().registerEndpoint(
                    NewWebhookEndpoint.at(url, "order.created").describedAs("demo receiver")));
            run.check(registered.status() == 201 || registered.status() == 202, "the endpoint is registered",
                    "expected 201 or 202, got " + registered.status());
            String endpointId = registered.value().id();
            String secret = registered.value().secret();
            run.check(secret != null && secret.startsWith("whsec_"), "the merchant keeps its secret whsec_…",
                    "no whsec_ secret in the answer");
            var active = run.poll(() -> run.merchant().endpoint(endpointId), Duration.ofSeconds(15),
                    answer -> answer.status() == 200 && answer.value().status() == WebhookEndpoint.Status.ACTIVE);
            run.check(active.status() == 200 && active.value().status() == WebhookEndpoint.Status.ACTIVE,
                    "notification-service holds the endpoint", "the endpoint did not become ACTIVE within 15 s");

            run.step("Place an order; notification-service sends order.created to the receiver");
            String orderId = run.send(() -> run.merchant().createOrder(NewOrder.of(4_200, "USD")
                    .describedAs("Webhook demo"))).value().id();
            Map<String, String> delivery = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                var next = received.poll(500, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (next != null && names(next.get("body"), orderId)) {
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

    /** Does this webhook's JSON body name the order (as its orderId, or as the id of its data)? */
    static boolean names(String body, String orderId) {
        try {
            var json = Json.tree(body);
            return json.findValuesAsText("orderId").contains(orderId) || json.findValuesAsText("id").contains(orderId);
        } catch (IllegalArgumentException notJson) {
            return false;
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
            } catch (UncheckedIOException e) {
                run.fail("the gateway stopped answering (" + e.getCause().getClass().getSimpleName()
                        + "); is FluxPay still up?");
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

    /** The narrative: steps, requests, answers and verdicts, printed as they happen. */
    static final class Run {
        private static final int SHOWN_BODY_CHARS = 1500;
        final String gateway;
        /** The merchant's key: from FLUXPAY_API_KEY, or made by the tenant scenario. */
        String apiKey = System.getenv("FLUXPAY_API_KEY");
        String tenantId;
        private final String adminToken = System.getenv("FLUXPAY_ADMIN_TOKEN");
        private final GatewayClient client;
        private int steps;

        Run(String gateway) {
            this.gateway = gateway;
            this.client = GatewayClient.at(gateway);
        }

        /** Operators use the admin token on /admin, merchants their API key on /api. */
        GatewayClient operator() {
            return client.authorizedBy(adminToken);
        }

        GatewayClient merchant() {
            return client.authorizedBy(apiKey);
        }

        /** Without credentials, to show what the API says to a stranger. */
        GatewayClient anonymous() {
            return client;
        }

        boolean gatewayAnswers() {
            try {
                var response = client.get("/actuator/health/readiness");
                if (response.status() != 200) {
                    say("note: the gateway answers but is not ready (" + response.status() + ")");
                }
                return true;
            } catch (UncheckedIOException e) {
                return false;
            }
        }

        void step(String title) {
            System.out.printf("%n  Step %d: %s%n", ++steps, title);
        }

        void say(String text) {
            System.out.println("    " + text);
        }

        /** One request, shown with its answer. */
        <T> Answer<T> send(Supplier<Answer<T>> request) {
            var answer = request.get();
            showRequest(answer, "");
            show(answer, null);
            return answer;
        }

        /** Repeats a request every 250 ms until the answer satisfies the condition or the time is up; shows the last. */
        <T> Answer<T> poll(Supplier<Answer<T>> request, Duration within, Predicate<Answer<T>> done)
                throws InterruptedException {
            long deadline = System.nanoTime() + within.toNanos();
            int attempts = 0;
            Answer<T> answer;
            while (true) {
                attempts++;
                answer = request.get();
                if (done.test(answer) || System.nanoTime() > deadline) {
                    break;
                }
                Thread.sleep(250);
            }
            showRequest(answer, "   (repeated until it answers as expected, up to " + within.toSeconds() + " s)");
            show(answer, attempts == 1 ? "1 attempt" : attempts + " attempts");
            return answer;
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

        private void showRequest(Answer<?> answer, String note) {
            var sent = answer.sent();
            String where = sent.uri().toString().startsWith(gateway) ? sent.uri().toString().substring(gateway.length())
                    : sent.uri().toString();
            System.out.println("    -> " + sent.method() + " " + where + note);
            if (note.isEmpty()) {
                sent.headers().forEach((name, value) -> System.out.println("       " + name + ": " + value));
                if (sent.body() != null) {
                    System.out.println(indent(Json.pretty(sent.body()), "       "));
                }
            }
        }

        private void show(Answer<?> answer, String note) {
            System.out.println("    <- " + answer.status() + " (" + answer.took().toMillis() + " ms"
                    + (note == null ? "" : ", " + note) + ")");
            if (!answer.body().isBlank()) {
                String shown = Json.pretty(answer.body());
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
}
