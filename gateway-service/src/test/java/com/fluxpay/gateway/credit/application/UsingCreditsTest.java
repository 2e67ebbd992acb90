package com.fluxpay.gateway.credit.application;

import com.fluxpay.gateway.command.TenantId;
import static com.fluxpay.gateway.credit.application.CreditFixture.OTHER_TENANT;
import static com.fluxpay.gateway.credit.application.CreditFixture.TENANT;
import static com.fluxpay.gateway.order.application.OrderFixture.CLOCK;
import static com.fluxpay.gateway.order.application.OrderFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.gateway.command.CommandOutcome;
import com.fluxpay.gateway.credit.application.CreditFixture.InMemoryCredits;
import com.fluxpay.gateway.credit.application.CreditFixture.SentCreditCommands;
import com.fluxpay.gateway.credit.domain.CreditBalance;
import com.fluxpay.gateway.credit.domain.CreditUsageView;
import com.fluxpay.gateway.credit.domain.UsageRequest;
import com.fluxpay.gateway.order.application.OrderFixture;
import org.junit.jupiter.api.Test;

class UsingCreditsTest {

    private final InMemoryCredits credits = new InMemoryCredits();
    private final SentCreditCommands sent = new SentCreditCommands(credits);
    private final UsingCredits using = new UsingCredits(sent, credits, CLOCK, OrderFixture.shortWait());

    private static UsageRequest usage(long credits) {
        return new UsageRequest("cus_1", "credits", "resize-4k", credits, null);
    }

    private void reserve(CreditUsageView usage) {
        credits.answered(with(usage, CreditUsageView.RESERVED, null, new CreditBalance(70, 30, 2)));
    }

    private static CreditUsageView with(CreditUsageView u, String status, String code, CreditBalance balance) {
        return new CreditUsageView(u.usageId(), u.tenantId(), u.accountId(), u.customerId(), u.unit(), null,
                u.quantity(), 0, status, "usage:" + u.usageId(), null, code, code == null ? null : "NOT_ENOUGH",
                balance, NOW, NOW);
    }

    /** A usage credit-service reserved 30 credits for. */
    private String reserved() {
        sent.answeringRequest(this::reserve);
        var done = (CommandOutcome.Done<CreditUsageView>) using.request(TenantId.of(TENANT), usage(30), "key-r");
        sent.answeringRequest(u -> { });
        return done.id();
    }

    @Test
    void an_invalid_usage_sends_nothing() {
        var outcome = using.request(TenantId.of(TENANT), new UsageRequest("cus_1", "credits", null, -5L, 0L), "key-1");

        assertThat(outcome).isInstanceOf(CommandOutcome.Invalid.class);
        assertThat(sent.requested).isEmpty();
    }

    @Test
    void the_usage_id_derives_from_the_key_so_a_retry_names_the_same_usage() {
        var first = (CommandOutcome.Accepted<CreditUsageView>) using.request(TenantId.of(TENANT), usage(30), "key-1");
        var retry = (CommandOutcome.Accepted<CreditUsageView>) using.request(TenantId.of(TENANT), usage(30), "key-1");

        assertThat(first.id()).startsWith("use_").isEqualTo(retry.id());
        assertThat(first.result().status()).isEqualTo(CreditUsageView.REQUESTED);
    }

    @Test
    void a_reserved_usage_is_created_with_its_balance() {
        sent.answeringRequest(this::reserve);

        var outcome = using.request(TenantId.of(TENANT), usage(30), "key-1");

        assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Done.class, done -> {
            assertThat(done.created()).isTrue();
            var view = (CreditUsageView) done.result();
            assertThat(view.status()).isEqualTo(CreditUsageView.RESERVED);
            assertThat(view.balance()).isEqualTo(new CreditBalance(70, 30, 2));
        });
    }

    @Test
    void a_usage_without_enough_credits_is_refused_with_pay_001() {
        sent.answeringRequest(u -> credits.answered(with(u, CreditUsageView.REJECTED, "PAY_001",
                new CreditBalance(5, 0, 1))));

        var outcome = using.request(TenantId.of(TENANT), usage(30), "key-1");

        assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Refused.class,
                refused -> assertThat(refused.code()).isEqualTo("PAY_001"));
    }

    @Test
    void completing_charges_what_was_used_and_answers_once_deducted() {
        String usageId = reserved();
        sent.answeringCompletion(quantity -> credits.consumed(TENANT, usageId, quantity, new CreditBalance(75, 0, 4),
                NOW));

        var outcome = using.complete(TenantId.of(TENANT), usageId, 25L);

        assertThat(sent.completed).containsExactly(usageId + ":25");
        assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Done.class, done -> {
            assertThat(done.created()).isFalse();
            assertThat(((CreditUsageView) done.result()).consumed()).isEqualTo(25);
        });
    }

    @Test
    void completing_with_more_than_was_reserved_is_invalid_and_sends_nothing() {
        String usageId = reserved();

        assertThat(using.complete(TenantId.of(TENANT), usageId, 31L)).isInstanceOf(CommandOutcome.Invalid.class);
        assertThat(using.complete(TenantId.of(TENANT), usageId, null)).isInstanceOf(CommandOutcome.Invalid.class);
        assertThat(sent.completed).isEmpty();
    }

    @Test
    void another_tenants_usage_is_not_found() {
        String usageId = reserved();

        assertThat(using.complete(TenantId.of(OTHER_TENANT), usageId, 1L)).isInstanceOf(CommandOutcome.NotFound.class);
        assertThat(using.fail(TenantId.of(OTHER_TENANT), usageId, null)).isInstanceOf(CommandOutcome.NotFound.class);
        assertThat(sent.completed).isEmpty();
        assertThat(sent.failed).isEmpty();
    }

    @Test
    void failing_releases_the_hold_and_failing_again_sends_nothing() {
        String usageId = reserved();
        sent.answeringFailure(u -> credits.released(TENANT, usageId, false, new CreditBalance(100, 0, 3), NOW));

        assertThat(using.fail(TenantId.of(TENANT), usageId, "boom")).isInstanceOf(CommandOutcome.Done.class);
        assertThat(using.fail(TenantId.of(TENANT), usageId, "boom")).isInstanceOf(CommandOutcome.Done.class);
        assertThat(sent.failed).containsExactly(usageId);
        assertThat(credits.findUsage(TenantId.of(TENANT), usageId).orElseThrow().status()).isEqualTo(CreditUsageView.RELEASED);
    }

    @Test
    void a_released_usage_cannot_complete_nor_a_consumed_one_fail() {
        String usageId = reserved();
        credits.released(TENANT, usageId, false, new CreditBalance(100, 0, 3), NOW);

        assertThat(using.complete(TenantId.of(TENANT), usageId, 1L)).isInstanceOfSatisfying(CommandOutcome.Refused.class,
                refused -> assertThat(refused.code()).isEqualTo("CRD_003"));
        assertThat(sent.completed).isEmpty();
    }

    @Test
    void a_completion_not_answered_in_time_is_accepted_with_the_usage_as_last_seen() {
        String usageId = reserved();

        var outcome = using.complete(TenantId.of(TENANT), usageId, 10L);

        assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Accepted.class, accepted ->
                assertThat(((CreditUsageView) accepted.result()).status()).isEqualTo(CreditUsageView.RESERVED));
    }
}
