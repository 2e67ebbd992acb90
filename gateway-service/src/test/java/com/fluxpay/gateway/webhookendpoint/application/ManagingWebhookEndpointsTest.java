package com.fluxpay.gateway.webhookendpoint.application;

import com.fluxpay.gateway.command.TenantId;
import com.fluxpay.gateway.readmodel.domain.Stated;
import static com.fluxpay.gateway.order.application.OrderFixture.CLOCK;
import static com.fluxpay.gateway.order.application.OrderFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.gateway.command.CommandOutcome;
import com.fluxpay.gateway.command.Violation;
import com.fluxpay.gateway.order.application.OrderFixture;
import com.fluxpay.gateway.webhookendpoint.application.ManagingWebhookEndpoints.EndpointReply;
import com.fluxpay.gateway.webhookendpoint.application.WebhookEndpointFixture.InMemoryEndpoints;
import com.fluxpay.gateway.webhookendpoint.domain.EndpointRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManagingWebhookEndpointsTest {

    private static final EndpointRequest HOOKS = new EndpointRequest("https://shop.example/hooks",
            List.of("payment.approved"), "orders backend", null);

    private final InMemoryEndpoints endpoints = new InMemoryEndpoints(CLOCK);
    private final ManagingWebhookEndpoints managing = new ManagingWebhookEndpoints(endpoints,
            WebhookEndpointFixture.SEALER, CLOCK, OrderFixture.shortWait());

    @Test
    void an_invalid_endpoint_sends_nothing() {
        var outcome = managing.register(TenantId.of(TENANT), "test", new EndpointRequest("ftp://example.com/x",
                List.of("payment.approved", "order.create"), null, null), "key-1");

        assertThat(outcome).isInstanceOf(CommandOutcome.Invalid.class);
        assertThat(((CommandOutcome.Invalid<EndpointReply>) outcome).violations()).extracting(Violation::field)
                .containsExactly("url", "eventTypes");
        assertThat(endpoints.sent).isEmpty();
    }

    @Test
    void a_registration_not_answered_in_time_is_accepted_with_the_secret_shown_once_and_sent_only_sealed() {
        var outcome = managing.register(TenantId.of(TENANT), "test", HOOKS, "key-1");

        assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Accepted.class, accepted -> {
            var reply = (EndpointReply) accepted.result();
            assertThat(reply.endpoint()).isNull();
            assertThat(reply.secret()).startsWith("whsec_");
            assertThat(endpoints.sealedSecrets).containsExactly("sealed:" + reply.secret());
        });
    }

    @Test
    void a_registration_notification_service_accepts_in_time_is_done_and_created_with_the_secret() {
        endpoints.answering(id -> endpoints.projectState(id, TENANT, HOOKS.url(), HOOKS.eventTypes(), null, true, "test",
                new Stated("ACTIVE", 1, CLOCK.instant())));

        var outcome = managing.register(TenantId.of(TENANT), "test", HOOKS, "key-1");

        assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Done.class, done -> {
            assertThat(done.created()).isTrue();
            var reply = (EndpointReply) done.result();
            assertThat(reply.endpoint().status()).isEqualTo("ACTIVE");
            assertThat(reply.secret()).startsWith("whsec_");
        });
    }

    @Test
    void a_registration_notification_service_rejects_is_refused_under_its_code() {
        endpoints.answering(id -> endpoints.projectRejection(id, "NTF_001", "a private address"));

        var outcome = managing.register(TenantId.of(TENANT), "live", HOOKS, "key-1");

        assertThat(outcome).isEqualTo(CommandOutcome.refused("NTF_001", "a private address"));
    }

    @Test
    void a_retry_with_the_same_key_names_the_same_endpoint() {
        var first = (CommandOutcome.Accepted<EndpointReply>) managing.register(TenantId.of(TENANT), "test", HOOKS, "key-1");
        var retry = (CommandOutcome.Accepted<EndpointReply>) managing.register(TenantId.of(TENANT), "test", HOOKS, "key-1");

        assertThat(first.id()).startsWith("we_").isEqualTo(retry.id());
    }

    @Test
    void rotating_the_secret_of_another_tenants_endpoint_is_not_found_and_seals_nothing() {
        var registered = (CommandOutcome.Accepted<EndpointReply>) managing.register(TenantId.of(TENANT), "test", HOOKS, "key-1");
        endpoints.sealedSecrets.clear();

        assertThat(managing.rotateSecret(TenantId.of("ten_other"), registered.id(), 60))
                .isEqualTo(CommandOutcome.notFound("Webhook endpoint", registered.id()));
        assertThat(endpoints.sealedSecrets).isEmpty();
    }

    @Test
    void replaying_a_message_whose_id_is_not_a_uuid_is_invalid_and_sends_nothing() {
        var registered = (CommandOutcome.Accepted<EndpointReply>) managing.register(TenantId.of(TENANT), "test", HOOKS, "key-1");

        assertThat(managing.replayMessage(TenantId.of(TENANT), registered.id(), "not-a-uuid"))
                .isInstanceOf(CommandOutcome.Invalid.class);
        assertThat(endpoints.sent).containsExactly("register " + registered.id());
    }
}
