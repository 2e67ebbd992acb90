package com.fluxpay.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.client.CreditGrant;
import com.fluxpay.client.CreditMovement;
import com.fluxpay.client.CreditUsage;
import com.fluxpay.client.Json;
import com.fluxpay.client.Requests.NewCreditGrant;
import com.fluxpay.client.Requests.NewCreditUsage;
import com.fluxpay.contracts.Topics;
import com.fluxpay.contracts.credit.CreditAccountIds;
import com.fluxpay.contracts.credit.CreditDeducted;
import com.fluxpay.contracts.credit.CreditEventTypes;
import com.fluxpay.contracts.credit.CreditGranted;
import com.fluxpay.contracts.credit.CreditReleased;
import com.fluxpay.contracts.credit.CreditReservationRejected;
import com.fluxpay.contracts.credit.CreditReserved;
import com.fluxpay.contracts.credit.GrantCredits;
import com.fluxpay.contracts.credit.ServiceUsageCompleted;
import com.fluxpay.contracts.credit.ServiceUsageRequested;
import com.fluxpay.gateway.idempotency.domain.RequestFingerprint;
import com.fluxpay.platform.event.CloudEventHeaders;
import com.fluxpay.platform.testing.KafkaProbe;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Credits through the gateway alone: this test plays credit-service's part on Kafka. Where a test wants the answer
 * inside the gateway's wait, it publishes credit-service's event first, for the id the gateway will derive from
 * the Idempotency-Key; the read model then already holds it when the request looks.
 */
class CreditApiIT extends GatewayIntegrationTest {

    private static final String CUSTOMER = "cus_1";
    private static final String UNIT = "credits";
    private static final Duration WAIT = Duration.ofSeconds(15);

    private KafkaProbe probe() {
        return new KafkaProbe(kafka);
    }

    private String account() {
        return CreditAccountIds.of(tenantId, CUSTOMER, UNIT);
    }

    private void granted(String grantId, long quantity, long available, long version) {
        probe().send(CreditEventTypes.GRANTED, account(), tenantId, new CreditGranted(account(), tenantId, CUSTOMER,
                UNIT, grantId, "FREE", quantity, null, null, null, available, 0, version, Instant.now()));
    }

    /** A usage credit-service holds 30 of 100 credits for, answered 201. */
    private CreditUsage reserved(String key) {
        granted("grt_seed", 100, 100, 1);
        await().atMost(WAIT).until(() -> merchant.creditAccount(CUSTOMER, UNIT).status() == 200);
        String usageId = RequestFingerprint.stableId("use_", tenantId, key);
        probe().send(CreditEventTypes.RESERVED, account(), tenantId, new CreditReserved(account(), tenantId, CUSTOMER,
                UNIT, "usage:" + usageId, usageId, 30, Instant.now().plusSeconds(600), 70, 30, 2, Instant.now()));
        await().atMost(WAIT).until(() -> merchant.creditUsage(usageId).status() == 200);

        var response = merchant.useCredits(NewCreditUsage.of(CUSTOMER, UNIT, "resize-4k", 30), key);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.value();
    }

    @Test
    void a_grant_goes_to_credit_service_and_the_balance_follows_its_answer() throws Exception {
        var response = merchant.grantCredits(new NewCreditGrant(CUSTOMER, UNIT, 100L, null, "signup-bonus"), "grant-1");

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        String grantId = response.value().id();
        assertThat(response.location()).contains("/api/v1/credits/grants/" + grantId);
        var command = probe().awaitEvent(Topics.CREDIT_COMMANDS, account(), "credit.grant", WAIT);
        var sent = Json.read(command.value(), GrantCredits.class);
        assertThat(sent.grantId()).isEqualTo(grantId);
        assertThat(sent.tenantId()).isEqualTo(tenantId);
        assertThat(sent.quantity()).isEqualTo(100);
        assertThat(sent.reason()).isEqualTo("signup-bonus");

        granted(grantId, 100, 100, 1);

        await().atMost(WAIT).until(() -> merchant.creditAccount(CUSTOMER, UNIT).status() == 200);
        var balance = merchant.creditAccount(CUSTOMER, UNIT).value();
        assertThat(balance.available()).isEqualTo(100);
        assertThat(balance.version()).isEqualTo(1);
        var grant = merchant.creditGrant(grantId).value();
        assertThat(grant.status()).isEqualTo(CreditGrant.Status.GRANTED);
        assertThat(grant.balance().available()).isEqualTo(100);
    }

    @Test
    void a_grant_answered_within_the_wait_is_201_with_the_balance_it_left() {
        granted(RequestFingerprint.stableId("grt_", tenantId, "grant-2"), 50, 50, 1);
        await().atMost(WAIT).until(() -> merchant.creditAccount(CUSTOMER, UNIT).status() == 200);

        var response = merchant.grantCredits(NewCreditGrant.of(CUSTOMER, UNIT, 50), "grant-2");

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.value().balance().available()).isEqualTo(50);
    }

    @Test
    void an_older_event_never_overwrites_a_newer_balance() {
        granted("grt_a", 100, 100, 1);
        granted("grt_b", 20, 120, 2);
        await().atMost(WAIT).until(() -> merchant.creditAccount(CUSTOMER, UNIT).status() == 200
                && merchant.creditAccount(CUSTOMER, UNIT).value().version() == 2);
        granted("grt_a", 100, 100, 1);
        granted("grt_c", 5, 125, 3);

        await().atMost(WAIT).until(() -> merchant.creditAccount(CUSTOMER, UNIT).value().version() == 3);
        assertThat(merchant.creditAccount(CUSTOMER, UNIT).value().available()).isEqualTo(125);
    }

    @Test
    void a_usage_is_published_on_the_usage_topic_and_answered_201_once_reserved() {
        var usage = reserved("use-1");

        assertThat(usage.status()).isEqualTo(CreditUsage.Status.RESERVED);
        assertThat(usage.credits()).isEqualTo(30);
        assertThat(usage.balance().available()).isEqualTo(70);
        assertThat(usage.balance().reserved()).isEqualTo(30);
        var message = probe().awaitEvent(Topics.SERVICE_USAGE, usage.id(), "service.usage.requested", WAIT);
        assertThat(CloudEventHeaders.optional(message.headers(), CloudEventHeaders.TENANT, null)).isEqualTo(tenantId);
        var requested = Json.read(message.value(), ServiceUsageRequested.class);
        assertThat(requested.customerId()).isEqualTo(CUSTOMER);
        assertThat(requested.feature()).isEqualTo("resize-4k");
        assertThat(requested.quantity()).isEqualTo(30);
    }

    @Test
    void a_usage_the_credits_do_not_cover_is_402_pay_001() {
        String usageId = RequestFingerprint.stableId("use_", tenantId, "use-poor");
        probe().send(CreditEventTypes.RESERVATION_REJECTED, account(), tenantId, new CreditReservationRejected(
                account(), tenantId, CUSTOMER, UNIT, "usage:" + usageId, usageId, 30, "PAY_001",
                "INSUFFICIENT_BALANCE", 5, 0, 1, Instant.now()));
        await().atMost(WAIT).until(() -> merchant.creditUsage(usageId).status() == 200);

        var response = merchant.useCredits(NewCreditUsage.of(CUSTOMER, UNIT, "resize-4k", 30), "use-poor");

        assertThat(response.status()).as(response.body()).isEqualTo(402);
        assertThat(response.problem().code()).isEqualTo("PAY_001");
    }

    @Test
    void completing_a_usage_charges_what_it_used_and_the_statement_shows_each_movement() throws Exception {
        var usage = reserved("use-2");

        var response = merchant.completeUsage(usage.id(), 25L);
        assertThat(response.status()).as(response.body()).isIn(200, 202);
        var message = probe().awaitEvent(Topics.SERVICE_USAGE, usage.id(), "service.usage.completed", WAIT);
        assertThat(Json.read(message.value(), ServiceUsageCompleted.class).quantity()).isEqualTo(25);
        probe().send(CreditEventTypes.DEDUCTED, account(), tenantId, new CreditDeducted(account(), tenantId, CUSTOMER,
                UNIT, usage.reservationId(), usage.id(), 25, 70, 5, 3, Instant.now()));
        probe().send(CreditEventTypes.RELEASED, account(), tenantId, new CreditReleased(account(), tenantId, CUSTOMER,
                UNIT, usage.reservationId(), usage.id(), 5, "UNUSED", 75, 0, 4, Instant.now()));

        await().atMost(WAIT).until(() -> merchant.creditAccount(CUSTOMER, UNIT).value().version() == 4);
        var completed = merchant.creditUsage(usage.id()).value();
        assertThat(completed.status()).isEqualTo(CreditUsage.Status.CONSUMED);
        assertThat(completed.consumed()).isEqualTo(25);
        assertThat(merchant.creditAccount(CUSTOMER, UNIT).value().available()).isEqualTo(75);
        var statement = merchant.creditMovements(CUSTOMER, UNIT, null, 3).value();
        assertThat(statement.data()).extracting(CreditMovement::kind).containsExactly(CreditMovement.Kind.RELEASED,
                CreditMovement.Kind.DEDUCTED, CreditMovement.Kind.RESERVED);
        assertThat(statement.hasMore()).isTrue();
        assertThat(merchant.completeUsage(usage.id(), 25L).status()).as("completed again").isEqualTo(200);
    }

    @Test
    void failing_a_usage_gives_back_what_it_held_and_a_released_usage_cannot_complete() throws Exception {
        var usage = reserved("use-4");

        var response = merchant.failUsage(usage.id(), "the resize failed");
        assertThat(response.status()).as(response.body()).isIn(200, 202);
        probe().awaitEvent(Topics.SERVICE_USAGE, usage.id(), "service.usage.failed", WAIT);
        probe().send(CreditEventTypes.RELEASED, account(), tenantId, new CreditReleased(account(), tenantId, CUSTOMER,
                UNIT, usage.reservationId(), usage.id(), 30, "RELEASED", 100, 0, 3, Instant.now()));

        await().atMost(WAIT).until(() -> merchant.creditUsage(usage.id()).value().status()
                == CreditUsage.Status.RELEASED);
        assertThat(merchant.creditAccount(CUSTOMER, UNIT).value().available()).isEqualTo(100);
        var complete = merchant.completeUsage(usage.id(), 10L);
        assertThat(complete.status()).isEqualTo(409);
        assertThat(complete.problem().code()).isEqualTo("CRD_003");
        assertThat(merchant.failUsage(usage.id(), null).status()).as("failed again").isEqualTo(200);
    }

    @Test
    void another_tenants_customer_and_usage_are_404() {
        var usage = reserved("use-3");
        var neighbour = anotherTenant("neighbour");

        assertThat(neighbour.creditAccount(CUSTOMER, UNIT).status()).isEqualTo(404);
        assertThat(neighbour.creditAccount(CUSTOMER, UNIT).problem().code()).isEqualTo("RES_001");
        assertThat(neighbour.creditMovements(CUSTOMER, UNIT, null, null).status()).isEqualTo(404);
        assertThat(neighbour.creditUsage(usage.id()).status()).isEqualTo(404);
        var complete = neighbour.completeUsage(usage.id(), 1L);
        assertThat(complete.status()).isEqualTo(404);
        assertThat(complete.problem().code()).isEqualTo("RES_001");
        assertThat(neighbour.failUsage(usage.id(), null).status()).isEqualTo(404);
        probe().awaitEvent(Topics.SERVICE_USAGE, usage.id(), "service.usage.requested", WAIT);
        assertThat(probe().eventsWithKey(Topics.SERVICE_USAGE, usage.id())).as("only the request, from its tenant")
                .hasSize(1);
    }

    @Test
    void an_invalid_body_is_400_with_its_violations_and_sends_nothing() {
        var usage = merchant.useCredits(new NewCreditUsage(CUSTOMER, "Not A Unit", null, -1L, null), "use-bad");
        var grant = merchant.grantCredits(new NewCreditGrant(" ", UNIT, 0L, null, null), "grant-bad");

        assertThat(usage.status()).isEqualTo(400);
        assertThat(usage.problem().code()).isEqualTo("REQ_001");
        assertThat(usage.problem().fields()).contains("unit", "feature", "credits");
        assertThat(grant.status()).isEqualTo(400);
        assertThat(grant.problem().fields()).contains("customerId", "credits");
        assertThat(probe().eventsWithKey(Topics.SERVICE_USAGE, RequestFingerprint.stableId("use_", tenantId,
                "use-bad"))).isEmpty();
        assertThat(probe().eventsWithKey(Topics.CREDIT_COMMANDS, CreditAccountIds.of(tenantId, " ", UNIT))).isEmpty();
    }

    @Test
    void the_openapi_document_describes_the_credits_api() {
        var paths = merchant.anonymous().get("/v3/api-docs").value().path("paths");

        assertThat(paths.has("/api/v1/credits/accounts/{customerId}/{unit}")).isTrue();
        assertThat(paths.has("/api/v1/credits/grants")).isTrue();
        assertThat(paths.has("/api/v1/credits/usages/{usageId}/complete")).isTrue();
    }
}
