package com.fluxpay.gateway.credit.application;

import com.fluxpay.gateway.command.TenantId;
import static com.fluxpay.gateway.credit.application.CreditFixture.TENANT;
import static com.fluxpay.gateway.order.application.OrderFixture.CLOCK;
import static com.fluxpay.gateway.order.application.OrderFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.gateway.command.CommandOutcome;
import com.fluxpay.gateway.command.Violation;
import com.fluxpay.gateway.credit.application.CreditFixture.InMemoryCredits;
import com.fluxpay.gateway.credit.application.CreditFixture.SentCreditCommands;
import com.fluxpay.gateway.credit.domain.CreditBalance;
import com.fluxpay.gateway.credit.domain.CreditGrantView;
import com.fluxpay.gateway.credit.domain.GrantRequest;
import com.fluxpay.gateway.order.application.OrderFixture;
import org.junit.jupiter.api.Test;

class GrantingCreditsTest {

    private final InMemoryCredits credits = new InMemoryCredits();
    private final SentCreditCommands sent = new SentCreditCommands(credits);
    private final GrantingCredits granting = new GrantingCredits(sent, credits, CLOCK, OrderFixture.shortWait());

    private static GrantRequest grant(long credits) {
        return new GrantRequest("cus_1", "credits", credits, null, null);
    }

    private static CreditGrantView booked(CreditGrantView grant, long available) {
        return new CreditGrantView(grant.id(), grant.tenantId(), grant.customerId(), grant.unit(), grant.quantity(),
                null, null, CreditGrantView.GRANTED, null, null, new CreditBalance(available, 0, 1), NOW, NOW);
    }

    @Test
    void an_invalid_grant_sends_nothing() {
        var outcome = granting.grant(TenantId.of(TENANT), new GrantRequest(" ", "Credits!", 0L, null, null), "key-1");

        assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Invalid.class, invalid -> assertThat(
                invalid.violations()).extracting(v -> ((Violation) v).field()).containsExactly("customerId", "unit",
                "credits"));
        assertThat(sent.grants).isEmpty();
    }

    @Test
    void a_retry_with_the_same_key_names_the_same_grant() {
        var first = (CommandOutcome.Accepted<CreditGrantView>) granting.grant(TenantId.of(TENANT), grant(10), "key-1");
        var retry = (CommandOutcome.Accepted<CreditGrantView>) granting.grant(TenantId.of(TENANT), grant(10), "key-1");
        var other = (CommandOutcome.Accepted<CreditGrantView>) granting.grant(TenantId.of(TENANT), grant(10), "key-2");

        assertThat(first.id()).startsWith("grt_").isEqualTo(retry.id()).isNotEqualTo(other.id());
    }

    @Test
    void a_grant_without_a_reason_is_sent_with_the_default_one_and_stays_requested_until_answered() {
        var outcome = granting.grant(TenantId.of(TENANT), grant(10), "key-1");

        assertThat(outcome).isInstanceOf(CommandOutcome.Accepted.class);
        assertThat(sent.grants).singleElement().satisfies(g -> {
            assertThat(g.reason()).isEqualTo(GrantRequest.DEFAULT_REASON);
            assertThat(g.quantity()).isEqualTo(10);
            assertThat(g.status()).isEqualTo(CreditGrantView.REQUESTED);
        });
    }

    @Test
    void a_grant_credit_service_books_in_time_is_created_with_the_balance_it_left() {
        sent.answeringGrant(g -> credits.granted(booked(g, 110)));

        var outcome = granting.grant(TenantId.of(TENANT), grant(10), "key-1");

        assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Done.class, done -> {
            assertThat(done.created()).isTrue();
            assertThat(((CreditGrantView) done.result()).balance().available()).isEqualTo(110);
        });
    }

    @Test
    void a_grant_credit_service_rejects_is_refused_under_its_code() {
        sent.answeringGrant(g -> credits.grantRejected(g.id(), "CRD_002", "EXPIRED", NOW));

        var outcome = granting.grant(TenantId.of(TENANT), grant(10), "key-1");

        assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo("CRD_002");
            assertThat(((CreditGrantView) refused.subject()).status()).isEqualTo(CreditGrantView.REJECTED);
        });
    }
}
