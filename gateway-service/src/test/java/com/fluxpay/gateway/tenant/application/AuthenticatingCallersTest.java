package com.fluxpay.gateway.tenant.application;

import static com.fluxpay.gateway.order.application.OrderFixture.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.gateway.tenant.application.TenantFixture.InMemoryTenants;
import com.fluxpay.gateway.tenant.domain.Caller;
import com.fluxpay.gateway.tenant.domain.KeyMode;
import com.fluxpay.gateway.tenant.domain.Tenant;
import org.junit.jupiter.api.Test;

class AuthenticatingCallersTest {

    private final InMemoryTenants tenants = new InMemoryTenants();
    private final ManagingTenants managing = new ManagingTenants(tenants, CLOCK, new Tenant.RateLimit(50, 100));
    private final AuthenticatingCallers authenticating = new AuthenticatingCallers(tenants);

    @Test
    void an_active_key_names_its_tenant_its_mode_and_its_limit() {
        var made = managing.create(new CreateTenantCommand("Shop", KeyMode.LIVE, 5, 10));

        assertThat(authenticating.authenticate(made.secret().value()))
                .contains(new Caller(made.tenant().id(), KeyMode.LIVE, new Tenant.RateLimit(5, 10)));
    }

    @Test
    void a_key_of_the_wrong_shape_is_nobody_and_is_not_looked_up() {
        assertThat(authenticating.authenticate("not-a-key")).isEmpty();
        assertThat(authenticating.authenticate(null)).isEmpty();
        assertThat(tenants.lookups).isZero();
    }

    @Test
    void a_revoked_or_made_up_key_of_the_right_shape_is_nobody() {
        var made = managing.create(new CreateTenantCommand("Shop", KeyMode.TEST, null, null));
        managing.revokeKey(made.tenant().id(), made.key().id());

        assertThat(authenticating.authenticate(made.secret().value())).isEmpty();
        assertThat(authenticating.authenticate("fp_test_" + "A".repeat(32))).isEmpty();
        assertThat(tenants.lookups).isEqualTo(2);
    }
}
