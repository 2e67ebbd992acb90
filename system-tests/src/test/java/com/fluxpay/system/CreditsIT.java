package com.fluxpay.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fluxpay.client.CreditUsage;
import com.fluxpay.client.Requests.NewCreditGrant;
import com.fluxpay.client.Requests.NewCreditUsage;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Prepaid credits through the whole fleet: the gateway's credit API over Kafka to credit-service and back. A free
 * grant, a usage reserved and consumed for less than it held, a failed usage giving its credits back, and a
 * usage the balance does not cover refused with PAY_001 and nothing held.
 */
class CreditsIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static Merchant merchant;

    @BeforeAll
    static void startFleet() throws Exception {
        merchant = Merchant.open(Fleet.shared(), "credits");
    }

    private static long available(String customer) {
        var account = merchant.api.creditAccount(customer, "credits");
        return account.status() == 200 ? account.value().available() : -1;
    }

    private static CreditUsage awaitUsage(String usageId, CreditUsage.Status status) {
        await().atMost(WAIT).until(() -> merchant.api.creditUsage(usageId).value().status() == status);
        return merchant.api.creditUsage(usageId).value();
    }

    @Test
    void a_grant_a_usage_consumed_for_less_a_failed_usage_and_a_refusal_keep_the_balance_exact() {
        String customer = "user-" + UUID.randomUUID();
        var granted = merchant.api.grantCredits(NewCreditGrant.of(customer, "credits", 100), UUID.randomUUID().toString());
        assertThat(granted.status()).as(granted.body()).isIn(201, 202);
        await().atMost(WAIT).until(() -> available(customer) == 100);

        var reserved = merchant.api.useCredits(NewCreditUsage.of(customer, "credits", "report.export", 30),
                UUID.randomUUID().toString());
        assertThat(reserved.status()).as(reserved.body()).isIn(201, 202);
        String usageId = reserved.value().id();
        awaitUsage(usageId, CreditUsage.Status.RESERVED);
        assertThat(merchant.api.creditAccount(customer, "credits").value().reserved()).isEqualTo(30);

        assertThat(merchant.api.completeUsage(usageId, 20L).status()).isIn(200, 202);
        assertThat(awaitUsage(usageId, CreditUsage.Status.CONSUMED).consumed()).isEqualTo(20);
        await().atMost(WAIT).until(() -> available(customer) == 80);

        var failing = merchant.api.useCredits(NewCreditUsage.of(customer, "credits", "report.export", 50),
                UUID.randomUUID().toString());
        String failingId = failing.value().id();
        awaitUsage(failingId, CreditUsage.Status.RESERVED);
        assertThat(merchant.api.failUsage(failingId, "the export crashed").status()).isIn(200, 202);
        awaitUsage(failingId, CreditUsage.Status.RELEASED);
        await().atMost(WAIT).until(() -> available(customer) == 80);

        var refused = merchant.api.useCredits(NewCreditUsage.of(customer, "credits", "report.export", 81),
                UUID.randomUUID().toString());
        CreditUsage rejected = refused.status() == 402 ? null : awaitUsage(refused.value().id(),
                CreditUsage.Status.REJECTED);
        if (rejected == null) {
            assertThat(refused.problem().code()).isEqualTo("PAY_001");
        } else {
            assertThat(rejected.failure().code()).isEqualTo("PAY_001");
        }
        var account = merchant.api.creditAccount(customer, "credits").value();
        assertThat(account.available()).isEqualTo(80);
        assertThat(account.reserved()).isZero();
    }
}
