package com.fluxpay.gateway.tenant.application;

import static com.fluxpay.gateway.order.application.OrderFixture.CLOCK;
import static com.fluxpay.gateway.order.application.OrderFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.gateway.tenant.application.TenantFixture.InMemoryTenants;
import com.fluxpay.gateway.tenant.domain.KeyMode;
import com.fluxpay.gateway.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;

class ManagingTenantsTest {

    private final InMemoryTenants tenants = new InMemoryTenants();
    private final ManagingTenants managing = new ManagingTenants(tenants, CLOCK, new Tenant.RateLimit(50, 100));

    @Test
    void a_new_tenant_gets_a_first_key_whose_secret_only_the_answer_holds() {
        var made = managing.create(new CreateTenantCommand("Shop", KeyMode.TEST, null, null));

        assertThat(made.tenant().id()).startsWith("ten_");
        assertThat(made.tenant().createdAt()).isEqualTo(NOW);
        assertThat(made.secret().value()).startsWith("fp_test_");
        assertThat(tenants.keysOf(made.tenant().id())).singleElement().satisfies(key -> {
            assertThat(key.hash()).isEqualTo(made.secret().hash()).isNotEqualTo(made.secret().value());
            assertThat(key.prefix()).isEqualTo(made.secret().prefix());
            assertThat(key.toString()).doesNotContain(made.secret().value());
        });
    }

    @Test
    void absent_rate_limits_take_the_defaults_and_given_ones_are_kept() {
        assertThat(managing.create(new CreateTenantCommand("A", KeyMode.TEST, null, null)).tenant().rateLimit())
                .isEqualTo(new Tenant.RateLimit(50, 100));
        assertThat(managing.create(new CreateTenantCommand("B", KeyMode.TEST, 1, 3)).tenant().rateLimit())
                .isEqualTo(new Tenant.RateLimit(1, 3));
    }

    @Test
    void a_live_key_can_be_issued_to_a_tenant_and_none_to_a_tenant_that_does_not_exist() {
        var tenant = managing.create(new CreateTenantCommand("Shop", KeyMode.TEST, null, null)).tenant();

        assertThat(managing.issueKey(tenant.id(), KeyMode.LIVE)).hasValueSatisfying(made ->
                assertThat(made.secret().value()).startsWith("fp_live_"));
        assertThat(managing.issueKey("ten_nobody", KeyMode.TEST)).isEmpty();
        assertThat(managing.keysOf(tenant.id())).hasSize(2);
    }

    @Test
    void a_revoked_key_carries_the_time_of_revocation_and_cannot_be_revoked_twice() {
        var made = managing.create(new CreateTenantCommand("Shop", KeyMode.TEST, null, null));

        assertThat(managing.revokeKey(made.tenant().id(), made.key().id())).isTrue();
        assertThat(managing.revokeKey(made.tenant().id(), made.key().id())).isFalse();
        assertThat(managing.keysOf(made.tenant().id()).getFirst().revokedAt()).isEqualTo(NOW);
    }
}
