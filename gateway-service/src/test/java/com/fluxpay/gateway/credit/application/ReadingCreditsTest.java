package com.fluxpay.gateway.credit.application;

import com.fluxpay.gateway.command.TenantId;
import static com.fluxpay.gateway.credit.application.CreditFixture.OTHER_TENANT;
import static com.fluxpay.gateway.credit.application.CreditFixture.TENANT;
import static com.fluxpay.gateway.order.application.OrderFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.contracts.credit.CreditAccountIds;
import com.fluxpay.gateway.credit.application.CreditFixture.InMemoryCredits;
import com.fluxpay.gateway.credit.domain.CreditAccountView;
import com.fluxpay.gateway.credit.domain.CreditBalance;
import com.fluxpay.gateway.credit.domain.CreditMovementView;
import org.junit.jupiter.api.Test;

class ReadingCreditsTest {

    private static final String ACCOUNT = CreditAccountIds.of(TENANT, "cus_1", "credits");

    private final InMemoryCredits credits = new InMemoryCredits();
    private final ReadingCredits reading = new ReadingCredits(credits);

    private void grant(long version, long available) {
        var balance = new CreditBalance(available, 0, version);
        credits.stated(new CreditAccountView(ACCOUNT, TENANT, "cus_1", "credits", balance, NOW.plusSeconds(version)));
        credits.moved(TENANT, new CreditMovementView(ACCOUNT, CreditMovementView.idOf(version, "GRANTED"), "GRANTED",
                10, balance, "grt_" + version, null, "FREE", NOW.plusSeconds(version)));
    }

    @Test
    void an_older_balance_never_overwrites_a_newer_one() {
        grant(2, 20);
        grant(1, 10);

        assertThat(reading.account(TenantId.of(TENANT), "cus_1", "credits").orElseThrow().balance())
                .isEqualTo(new CreditBalance(20, 0, 2));
    }

    @Test
    void the_statement_pages_newest_first_and_another_tenant_has_no_such_account() {
        for (long version = 1; version <= 5; version++) {
            grant(version, version * 10);
        }

        var first = reading.movements(TenantId.of(TENANT), "cus_1", "credits", null, 2).orElseThrow();
        var second = reading.movements(TenantId.of(TENANT), "cus_1", "credits", first.nextCursor(), 2).orElseThrow();
        var last = reading.movements(TenantId.of(TENANT), "cus_1", "credits", second.nextCursor(), 2).orElseThrow();

        assertThat(first.items()).extracting(m -> m.balanceAfter().version()).containsExactly(5L, 4L);
        assertThat(second.items()).extracting(m -> m.balanceAfter().version()).containsExactly(3L, 2L);
        assertThat(last.items()).extracting(m -> m.balanceAfter().version()).containsExactly(1L);
        assertThat(last.hasMore()).isFalse();
        assertThat(reading.movements(TenantId.of(OTHER_TENANT), "cus_1", "credits", null, null)).isEmpty();
        assertThat(reading.account(TenantId.of(OTHER_TENANT), "cus_1", "credits")).isEmpty();
    }
}
