package com.fluxpay.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.contracts.notification.WebhookDeliveryExhausted;
import com.fluxpay.contracts.notification.WebhookDeliveryFailed;
import com.fluxpay.contracts.notification.WebhookDeliverySucceeded;
import com.fluxpay.contracts.notification.WebhookEndpointCommandRejected;
import com.fluxpay.contracts.notification.WebhookEndpointDeleted;
import com.fluxpay.contracts.notification.WebhookEndpointDisabled;
import com.fluxpay.contracts.notification.WebhookEndpointStatus;
import com.fluxpay.contracts.notification.WebhookEndpointRegistered;
import com.fluxpay.contracts.notification.WebhookEndpointUpdated;
import com.fluxpay.contracts.notification.WebhookSecretRotated;
import com.fluxpay.notification.application.port.ClaimedDelivery;
import com.fluxpay.notification.application.port.Deliveries;
import com.fluxpay.notification.application.port.NotificationEvents;
import com.fluxpay.notification.application.port.WebhookEndpoints;
import com.fluxpay.notification.application.port.WebhookSigner;
import com.fluxpay.notification.domain.AttemptResult;
import com.fluxpay.notification.domain.EndpointMode;
import com.fluxpay.notification.domain.OutgoingMessage;
import com.fluxpay.notification.domain.RetrySchedule;
import com.fluxpay.notification.domain.WebhookEndpoint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The bookkeeping after an attempt, with the ports played by plain fakes. */
class DispatchingDeliveriesTest {

    private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");

    private final FakeDeliveries deliveries = new FakeDeliveries();
    private final FakeEndpoints endpoints = new FakeEndpoints();
    private final RecordedEvents events = new RecordedEvents();
    private AttemptResult answer = AttemptResult.answered(200, 12, "ok");

    private DispatchingDeliveries dispatching(Duration disableAfter) {
        return new DispatchingDeliveries(deliveries, endpoints, (url, headers, body) -> answer, new FixedSigner(),
                new ValidatingEndpointUrl(host -> List.of()), events, Transactionless.INSTANCE,
                new DispatchSettings(RetrySchedule.STANDARD, Duration.ofSeconds(60), 4, disableAfter),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private ClaimedDelivery claim(int attempt) {
        var endpoint = new WebhookEndpoint("ep_1", "tenant-a", "http://localhost/h", Set.of(), null, true,
                EndpointMode.TEST, "k:secret", null, null, null, NOW, NOW);
        endpoints.byId.put(endpoint.id(), endpoint);
        var message = new OutgoingMessage(UUID.randomUUID(), "tenant-a", "payment.approved", "pay_1", "{}", NOW, NOW);
        return new ClaimedDelivery(7, 70 + attempt, attempt, message, endpoint, NOW);
    }

    @Test
    void a_2xx_answer_completes_the_delivery_and_says_so() {
        dispatching(Duration.ofDays(5)).deliver(claim(1));

        assertThat(deliveries.outcome).isEqualTo("succeeded");
        assertThat(events.all).singleElement().isInstanceOf(WebhookDeliverySucceeded.class);
        assertThat(endpoints.answered).containsExactly("ep_1");
    }

    @Test
    void a_failed_attempt_is_retried_after_the_next_delay_of_the_schedule() {
        answer = AttemptResult.answered(500, 12, "oops");

        dispatching(Duration.ofDays(5)).deliver(claim(3));

        assertThat(deliveries.outcome).isEqualTo("retry at " + NOW.plus(Duration.ofMinutes(30)));
        assertThat(events.all).singleElement().isInstanceOfSatisfying(WebhookDeliveryFailed.class,
                failed -> assertThat(failed.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30))));
    }

    @Test
    void the_eighth_failed_attempt_exhausts_the_message() {
        answer = AttemptResult.noAnswer("timed out", 10_000);

        dispatching(Duration.ofDays(5)).deliver(claim(8));

        assertThat(deliveries.outcome).isEqualTo("exhausted");
        assertThat(events.all).hasSize(2).last().isInstanceOfSatisfying(WebhookDeliveryExhausted.class,
                exhausted -> assertThat(exhausted.lastError()).isEqualTo("timed out"));
    }

    @Test
    void an_endpoint_failing_for_the_whole_period_is_disabled_once() {
        answer = AttemptResult.answered(503, 5, "");
        endpoints.failingSince = NOW.minus(Duration.ofDays(5));

        dispatching(Duration.ofDays(5)).deliver(claim(2));
        dispatching(Duration.ofDays(5)).deliver(claim(3));

        assertThat(events.all.stream().filter(WebhookEndpointDisabled.class::isInstance)).hasSize(1);
        assertThat(events.all.stream().filter(WebhookEndpointDisabled.class::isInstance).findFirst()).get()
                .isInstanceOfSatisfying(WebhookEndpointDisabled.class, disabled -> {
                    assertThat(disabled.status()).isEqualTo(WebhookEndpointStatus.DISABLED);
                    assertThat(disabled.version()).isEqualTo(2);
                });
    }

    @Test
    void an_attempt_whose_lease_was_taken_over_changes_nothing_and_says_nothing() {
        deliveries.leaseHeld = false;
        answer = AttemptResult.answered(500, 12, "oops");

        dispatching(Duration.ofDays(5)).deliver(claim(2));

        assertThat(events.all).isEmpty();
        assertThat(endpoints.failures).isZero();
    }

    @Test
    void a_webhook_that_cannot_be_signed_is_a_failed_attempt_not_an_exception() {
        var dispatching = new DispatchingDeliveries(deliveries, endpoints, (url, headers, body) -> answer,
                new FixedSigner() {
                    @Override
                    public String signatures(List<String> secrets, String id, long timestamp, String body) {
                        throw new IllegalStateException("key k is not configured");
                    }
                }, new ValidatingEndpointUrl(host -> List.of()), events, Transactionless.INSTANCE,
                new DispatchSettings(RetrySchedule.STANDARD, Duration.ofSeconds(60), 4, Duration.ofDays(5)),
                Clock.fixed(NOW, ZoneOffset.UTC));

        var result = dispatching.deliver(claim(1));

        assertThat(result.error()).contains("key k is not configured");
        assertThat(deliveries.outcome).startsWith("retry at");
    }

    private enum Transactionless implements com.fluxpay.platform.transactions.Transactions {
        INSTANCE;

        @Override
        public <T> T inTransaction(java.util.function.Supplier<T> work) {
            return work.get();
        }
    }

    private static class FixedSigner implements WebhookSigner {
        @Override
        public String signatures(List<String> sealedSecrets, String messageId, long timestampSeconds, String body) {
            return "v1,c2ln";
        }

        @Override
        public boolean usable(String sealedSecret) {
            return true;
        }

        @Override
        public String keyIdOf(String sealedSecret) {
            return "k";
        }
    }

    private static final class FakeDeliveries implements Deliveries {
        String outcome;
        boolean leaseHeld = true;

        @Override
        public void schedule(UUID messageId, String endpointId, String resourceId, Instant dueAt) {
        }

        @Override
        public List<ClaimedDelivery> claimDue(Instant now, int limit, int perEndpoint, Instant leaseUntil) {
            return List.of();
        }

        @Override
        public boolean succeeded(ClaimedDelivery claim, AttemptResult result, Instant at) {
            outcome = "succeeded";
            return leaseHeld;
        }

        @Override
        public boolean retryAt(ClaimedDelivery claim, AttemptResult result, Instant nextAttemptAt, Instant at) {
            outcome = "retry at " + nextAttemptAt;
            return leaseHeld;
        }

        @Override
        public boolean exhausted(ClaimedDelivery claim, AttemptResult result, Instant at) {
            outcome = "exhausted";
            return leaseHeld;
        }

        @Override
        public int cancelPending(String endpointId, Instant at) {
            return 0;
        }

        @Override
        public void replay(UUID messageId, String endpointId, String resourceId, Instant now) {
        }

        @Override
        public int replayExhaustedSince(String endpointId, Instant since, Instant now) {
            return 0;
        }
    }

    private static final class FakeEndpoints implements WebhookEndpoints {
        final Map<String, WebhookEndpoint> byId = new HashMap<>();
        final List<String> answered = new ArrayList<>();
        Instant failingSince;
        int failures;
        boolean disabled;
        long version = 1;

        @Override
        public boolean exists(String id) {
            return byId.containsKey(id);
        }

        @Override
        public Optional<WebhookEndpoint> find(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public void add(WebhookEndpoint endpoint) {
            byId.put(endpoint.id(), endpoint);
        }

        @Override
        public long save(WebhookEndpoint endpoint) {
            byId.put(endpoint.id(), endpoint);
            return ++version;
        }

        @Override
        public long delete(String id, Instant at) {
            byId.remove(id);
            return ++version;
        }

        @Override
        public List<WebhookEndpoint> subscribedTo(String tenantId, String eventType) {
            return List.of();
        }

        @Override
        public void answered(String id) {
            answered.add(id);
        }

        @Override
        public Optional<WebhookEndpoint> failed(String id, Instant at) {
            failures++;
            failingSince = failingSince != null ? failingSince : at;
            var e = byId.get(id);
            return Optional.of(new WebhookEndpoint(e.id(), e.tenantId(), e.url(), e.eventTypes(), e.description(),
                    !disabled, e.mode(), e.secret(), null, null, failingSince, e.createdAt(), at));
        }

        @Override
        public OptionalLong disable(String id, Instant at) {
            boolean was = !disabled;
            disabled = true;
            return was ? OptionalLong.of(++version) : OptionalLong.empty();
        }
    }

    private static final class RecordedEvents implements NotificationEvents {
        final List<Object> all = new ArrayList<>();

        @Override
        public void registered(WebhookEndpointRegistered event) {
            all.add(event);
        }

        @Override
        public void updated(WebhookEndpointUpdated event) {
            all.add(event);
        }

        @Override
        public void deleted(WebhookEndpointDeleted event) {
            all.add(event);
        }

        @Override
        public void secretRotated(WebhookSecretRotated event) {
            all.add(event);
        }

        @Override
        public void rejected(WebhookEndpointCommandRejected event) {
            all.add(event);
        }

        @Override
        public void disabled(WebhookEndpointDisabled event) {
            all.add(event);
        }

        @Override
        public void succeeded(WebhookDeliverySucceeded event) {
            all.add(event);
        }

        @Override
        public void failed(WebhookDeliveryFailed event) {
            all.add(event);
        }

        @Override
        public void exhausted(WebhookDeliveryExhausted event) {
            all.add(event);
        }
    }
}
