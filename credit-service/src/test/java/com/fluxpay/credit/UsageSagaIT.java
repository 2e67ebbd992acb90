package com.fluxpay.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.credit.CreditTopUps;
import com.fluxpay.contracts.order.OrderCreated;
import com.fluxpay.contracts.payment.CaptureMode;
import com.fluxpay.contracts.payment.PaymentApproved;
import com.fluxpay.contracts.payment.PaymentCaptured;
import com.fluxpay.contracts.payment.PaymentEventTypes;
import com.fluxpay.contracts.credit.CreditAccountIds;
import com.fluxpay.contracts.credit.CreditEventTypes;
import com.fluxpay.contracts.credit.GrantCredits;
import com.fluxpay.contracts.credit.ServiceUsageCompleted;
import com.fluxpay.contracts.credit.ServiceUsageFailed;
import com.fluxpay.contracts.credit.ServiceUsageRequested;
import com.fluxpay.platform.event.CloudEventHeaders;
import com.fluxpay.platform.testing.KafkaProbe;
import com.fluxpay.testing.RealInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The usage saga over real Kafka and Postgres: client messages in, credit events out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@RealInfrastructure
class UsageSagaIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;
    @Autowired
    JdbcTemplate jdbc;

    KafkaProbe probe;
    String tenant;
    String customer;
    String account;

    @BeforeEach
    void aCustomerOfItsOwnTenant() {
        probe = new KafkaProbe(kafka);
        tenant = "tenant-" + UUID.randomUUID();
        customer = "cus_1";
        account = CreditAccountIds.of(tenant, customer, "credits");
    }

    @Test
    void a_completed_usage_is_deducted_what_it_used_and_the_rest_of_its_reservation_is_released() {
        grant(100);

        request("use_1", 30);
        var reserved = awaitEvent(CreditEventTypes.RESERVED.name(), 1);
        assertThat(reserved.path("usageId").asText()).isEqualTo("use_1");
        assertBalance(reserved, 70, 30, 2);

        probe.send(CreditEventTypes.USAGE_COMPLETED, "use_1", tenant,
                new ServiceUsageCompleted("use_1", 20, Instant.now()));
        assertBalance(awaitEvent(CreditEventTypes.DEDUCTED.name(), 1), 70, 10, 3);
        var released = awaitEvent(CreditEventTypes.RELEASED.name(), 1);
        assertThat(released.path("cause").asText()).isEqualTo("UNUSED");
        assertThat(released.path("quantity").asLong()).isEqualTo(10);
        assertBalance(released, 80, 0, 4);
    }

    @Test
    void a_failed_usage_gives_its_credits_back() {
        grant(50);
        request("use_f", 20);
        assertBalance(awaitEvent(CreditEventTypes.RESERVED.name(), 1), 30, 20, 2);

        probe.send(CreditEventTypes.USAGE_FAILED, "use_f", tenant,
                new ServiceUsageFailed("use_f", "boom", Instant.now()));

        var released = awaitEvent(CreditEventTypes.RELEASED.name(), 1);
        assertThat(released.path("cause").asText()).isEqualTo("RELEASED");
        assertBalance(released, 50, 0, 3);
    }

    @Test
    void a_usage_the_balance_does_not_cover_is_rejected_with_pay_001_and_changes_nothing() {
        grant(10);

        request("use_big", 11);

        var rejected = awaitEvent(CreditEventTypes.RESERVATION_REJECTED.name(), 1);
        assertThat(rejected.path("code").asText()).isEqualTo("PAY_001");
        assertThat(rejected.path("quantity").asLong()).isEqualTo(11);
        assertBalance(rejected, 10, 0, 1);
        assertThat(count("SELECT count(*) FROM credit_reservation WHERE tenant_id = ?", tenant)).isZero();
        assertThat(count("SELECT count(*) FROM credit_movement WHERE account_id = ?", account)).isEqualTo(1);
        assertThat(count("SELECT available FROM credit_account WHERE account_id = ?", account)).isEqualTo(10);
    }

    @Test
    void an_invalid_usage_is_rejected_with_crd_001() {
        request("use_zero", 0);

        var rejected = awaitEvent(CreditEventTypes.RESERVATION_REJECTED.name(), 1);
        assertThat(rejected.path("code").asText()).isEqualTo("CRD_001");
    }

    @Test
    void redelivered_and_repeated_usage_messages_change_nothing() {
        grant(100);
        var requested = new ServiceUsageRequested("use_r", customer, "credits", "resizer", "4k", 30, null,
                Instant.now());
        UUID envelope = UUID.randomUUID();
        probe.resend(CreditEventTypes.USAGE_REQUESTED, envelope, "use_r", tenant, requested);
        probe.resend(CreditEventTypes.USAGE_REQUESTED, envelope, "use_r", tenant, requested);  // Kafka redelivers
        UUID again = probe.send(CreditEventTypes.USAGE_REQUESTED, "use_r", tenant, requested); // the client re-sends
        var completed = new ServiceUsageCompleted("use_r", 30, Instant.now());
        UUID completion = UUID.randomUUID();
        probe.resend(CreditEventTypes.USAGE_COMPLETED, completion, "use_r", tenant, completed);
        probe.resend(CreditEventTypes.USAGE_COMPLETED, completion, "use_r", tenant, completed);
        UUID completedAgain = probe.send(CreditEventTypes.USAGE_COMPLETED, "use_r", tenant, completed);
        UUID failedLate = probe.send(CreditEventTypes.USAGE_FAILED, "use_r", tenant,
                new ServiceUsageFailed("use_r", "late", Instant.now()));

        awaitApplied("service-usage", envelope, again, completion, completedAgain, failedLate);

        assertThat(outboxed(CreditEventTypes.RESERVED.name())).isEqualTo(1);
        assertThat(outboxed(CreditEventTypes.DEDUCTED.name())).isEqualTo(1);
        assertThat(outboxed(CreditEventTypes.RELEASED.name())).isZero();
        assertThat(outboxed(CreditEventTypes.RESERVATION_REJECTED.name())).isZero();
        assertThat(count("SELECT available FROM credit_account WHERE account_id = ?", account)).isEqualTo(70);
        assertThat(count("SELECT reserved FROM credit_account WHERE account_id = ?", account)).isZero();
        // granted, reserved, consumed: nothing else
        assertThat(count("SELECT count(*) FROM credit_movement WHERE account_id = ?", account)).isEqualTo(3);
    }

    @Test
    void a_completion_before_its_request_charges_nothing_and_the_late_reservation_times_out() {
        grant(40);
        probe.send(CreditEventTypes.USAGE_COMPLETED, "use_o", tenant,
                new ServiceUsageCompleted("use_o", 5, Instant.now()));
        probe.send(CreditEventTypes.USAGE_REQUESTED, "use_o", tenant,
                new ServiceUsageRequested("use_o", customer, "credits", "resizer", "4k", 5, 1L, Instant.now()));

        assertBalance(awaitEvent(CreditEventTypes.RESERVED.name(), 1), 35, 5, 2);
        var timedOut = awaitEvent(CreditEventTypes.RELEASED.name(), 1);   // the sweeper, within its interval
        assertThat(timedOut.path("cause").asText()).isEqualTo("TIMED_OUT");
        assertBalance(timedOut, 40, 0, 3);
        assertThat(events(CreditEventTypes.DEDUCTED.name())).isEmpty();
    }

    @Test
    void a_grant_that_expired_before_it_arrived_is_rejected_with_crd_002() {
        probe.send(CreditEventTypes.GRANT, account, tenant, new GrantCredits("grant_old", tenant, customer, "credits",
                10, null, Instant.now().minusSeconds(60), "promo", Instant.now()));

        var rejected = awaitEvent(CreditEventTypes.COMMAND_REJECTED.name(), 1);
        assertThat(rejected.path("code").asText()).isEqualTo("CRD_002");
        assertThat(rejected.path("subjectId").asText()).isEqualTo("grant_old");
    }

    @Test
    void credits_left_at_their_grants_expiry_are_expired_by_the_sweeper() {
        probe.send(CreditEventTypes.GRANT, account, tenant, new GrantCredits("grant_trial", tenant, customer, "credits",
                25, null, Instant.now().plusSeconds(2), "trial", Instant.now()));
        awaitEvent(CreditEventTypes.GRANTED.name(), 1);

        var expired = awaitEvent(CreditEventTypes.EXPIRED.name(), 1);
        assertThat(expired.path("quantity").asLong()).isEqualTo(25);
        assertThat(expired.path("freeQuantity").asLong()).isEqualTo(25);
        assertThat(expired.path("grantIds").get(0).asText()).isEqualTo("grant_trial");
        assertThat(expired.path("draws").get(0).path("quantity").asLong()).isEqualTo(25);
        assertThat(expired.path("draws").get(0).path("amount").asLong()).as("free credits cost nothing").isZero();
        assertBalance(expired, 0, 0, 2);
    }

    @Test
    void an_order_that_buys_credits_grants_them_as_paid_credits_once_its_payment_is_captured() {
        String orderId = orderBuying(500, 15_000);
        var approved = capturedAtOnce(orderId, 15_000);
        UUID first = probe.send(PaymentEventTypes.APPROVED, approved.paymentId(), tenant, approved);
        // grants nothing more
        UUID again = probe.send(PaymentEventTypes.APPROVED, approved.paymentId(), tenant, approved);

        var granted = awaitEvent(CreditEventTypes.GRANTED.name(), 1);
        assertThat(granted.path("category").asText()).isEqualTo("PAID");
        assertThat(granted.path("grantId").asText()).isEqualTo("topup:" + orderId);
        assertThat(granted.path("priceAmount").asLong()).isEqualTo(15_000);
        assertThat(granted.path("currency").asText()).isEqualTo("KRW");
        assertBalance(granted, 500, 0, 1);
        awaitApplied("payment-events", first, again);
        assertThat(count("SELECT count(*) FROM credit_grant WHERE account_id = ?", account)).isEqualTo(1);
        assertThat(outboxed(CreditEventTypes.GRANTED.name())).isEqualTo(1);
    }

    @Test
    void a_capture_that_arrives_before_its_order_grants_when_the_order_arrives() {
        String orderId = "ord_" + UUID.randomUUID();
        String paymentId = "pay_" + UUID.randomUUID();
        probe.send(PaymentEventTypes.CAPTURED, paymentId, tenant, new PaymentCaptured(paymentId, "cmd_1", orderId,
                tenant, 9_900, 9_900, "KRW", Instant.now()));
        awaitTopUpRecorded();
        probe.send(EventTypes.ORDER_CREATED, orderId, tenant, new OrderCreated(orderId, tenant, 9_900, "KRW",
                "300 credits", topUpMetadata(300), "PENDING", Instant.now(), 1));

        var granted = awaitEvent(CreditEventTypes.GRANTED.name(), 1);
        assertThat(granted.path("priceAmount").asLong()).isEqualTo(9_900);
        assertBalance(granted, 300, 0, 1);
    }

    @Test
    void a_usage_paid_with_top_up_credits_states_which_grant_it_drew_and_what_those_credits_cost() {
        String orderId = orderBuying(500, 15_000);
        var approved = capturedAtOnce(orderId, 15_000);
        probe.send(PaymentEventTypes.APPROVED, approved.paymentId(), tenant, approved);
        awaitEvent(CreditEventTypes.GRANTED.name(), 1);

        request("use_paid", 30);
        awaitEvent(CreditEventTypes.RESERVED.name(), 1);
        probe.send(CreditEventTypes.USAGE_COMPLETED, "use_paid", tenant,
                new ServiceUsageCompleted("use_paid", 20, Instant.now()));

        var draw = awaitEvent(CreditEventTypes.DEDUCTED.name(), 1).path("draws").get(0);
        assertThat(draw.path("grantId").asText()).isEqualTo("topup:" + orderId);
        assertThat(draw.path("category").asText()).isEqualTo("PAID");
        assertThat(draw.path("quantity").asLong()).isEqualTo(20);
        assertThat(draw.path("amount").asLong()).as("20 of 500 credits bought for 15,000 won").isEqualTo(600);
        assertThat(draw.path("currency").asText()).isEqualTo("KRW");
    }

    // ---- steps

    /** Sends an order buying {@code credits} for {@code amount} won; its id. */
    private String orderBuying(long credits, long amount) {
        String orderId = "ord_" + UUID.randomUUID();
        probe.send(EventTypes.ORDER_CREATED, orderId, tenant, new OrderCreated(orderId, tenant, amount, "KRW",
                credits + " credits", topUpMetadata(credits), "PENDING", Instant.now(), 1));
        return orderId;
    }

    private PaymentApproved capturedAtOnce(String orderId, long amount) {
        return new PaymentApproved("pay_" + UUID.randomUUID(), orderId, tenant, amount, "KRW", "sandbox", "ref",
                CaptureMode.AUTOMATIC, amount, Instant.now());
    }

    private Map<String, String> topUpMetadata(long credits) {
        return Map.of(CreditTopUps.CUSTOMER, customer, CreditTopUps.UNIT, "credits", CreditTopUps.QUANTITY,
                String.valueOf(credits));
    }

    /** Waits until credit-service has recorded a half of this test's tenant's top-up. */
    private void awaitTopUpRecorded() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (count("SELECT count(*) FROM credit_top_up WHERE tenant_id = ?", tenant) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no top-up of " + tenant + " recorded within " + WAIT);
            }
            sleep();
        }
    }

    private void grant(long credits) {
        var command = new GrantCredits("grant_" + UUID.randomUUID(), tenant, customer, "credits", credits, null, null,
                "signup-bonus", Instant.now());
        probe.send(CreditEventTypes.GRANT, account, tenant, command);
        var granted = awaitEvent(CreditEventTypes.GRANTED.name(), 1);
        assertThat(granted.path("quantity").asLong()).isEqualTo(credits);
        assertThat(granted.path("category").asText()).isEqualTo("FREE");
    }

    private void request(String usageId, long credits) {
        probe.send(CreditEventTypes.USAGE_REQUESTED, usageId, tenant,
                new ServiceUsageRequested(usageId, customer, "credits", "resizer", "4k", credits, null, Instant.now()));
    }

    /** Waits until a consumer's inbox has applied every one of these envelopes (in its transaction). */
    private void awaitApplied(String consumer, UUID... envelopes) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            long applied = 0;
            for (UUID id : envelopes) {
                applied += count("SELECT count(*) FROM inbox_event WHERE consumer = ? AND event_id = ?", consumer, id);
            }
            if (applied == envelopes.length) {
                return;
            }
            sleep();
        }
        throw new AssertionError(consumer + " did not apply " + List.of(envelopes) + " within " + WAIT);
    }

    /** Events of a type for this test's account in the outbox: what is or will be published. */
    private long outboxed(String type) {
        return count("SELECT count(*) FROM outbox_event WHERE message_key = ? AND event_type = ?", account, type);
    }

    private void assertBalance(JsonNode event, long available, long reserved, long version) {
        assertThat(event.path("available").asLong()).as("available").isEqualTo(available);
        assertThat(event.path("reserved").asLong()).as("reserved").isEqualTo(reserved);
        assertThat(event.path("version").asLong()).as("version").isEqualTo(version);
        assertThat(event.path("accountId").asText()).isEqualTo(account);
        assertThat(event.path("tenantId").asText()).isEqualTo(tenant);
    }

    /** The {@code nth} event of a type on this test's account (1 = the first). */
    private JsonNode awaitEvent(String type, int nth) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            var found = events(type);
            if (found.size() >= nth) {
                return found.get(nth - 1);
            }
            sleep();
        }
        throw new AssertionError("no " + nth + ". " + type + " for " + account + " within " + WAIT);
    }

    private List<JsonNode> events(String type) {
        return probe.eventsWithKey(Topics.CREDIT_EVENTS, account).stream()
                .filter(r -> type.equals(CloudEventHeaders.optional(r.headers(), CloudEventHeaders.TYPE, null)))
                .map(r -> read(r.value())).toList();
    }

    private long count(String sql, Object... args) {
        Long value = jdbc.queryForObject(sql, Long.class, args);
        return value == null ? 0 : value;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
