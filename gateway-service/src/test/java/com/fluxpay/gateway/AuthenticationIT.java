package com.fluxpay.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.client.Admin.ApiKey;
import com.fluxpay.client.Admin.NewTenant;
import com.fluxpay.client.Requests.NewOrder;
import org.junit.jupiter.api.Test;

class AuthenticationIT extends GatewayIntegrationTest {

    @Test
    void a_request_without_an_api_key_is_401_problem_json() throws Exception {
        var response = merchant.anonymous().order("ord_x");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).contains("application/problem+json");
        assertThat(response.problem().code()).isEqualTo("AUTH_001");
    }

    @Test
    void a_made_up_key_of_the_right_shape_is_401() throws Exception {
        var response = merchant.authorizedBy("fp_test_" + "A".repeat(32)).order("ord_x");

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void another_tenants_order_does_not_exist_for_the_caller() throws Exception {
        String orderId = merchant.createOrder(NewOrder.of(100, "USD")).value().id();
        var other = anotherTenant("other");

        assertThat(merchant.order(orderId).status()).isEqualTo(200);
        var foreign = other.order(orderId);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.problem().code()).isEqualTo("RES_001");
    }

    @Test
    void a_revoked_key_stops_working_and_a_new_one_works() throws Exception {
        var issued = operator.issueKey(tenantId, "test");
        assertThat(issued.status()).isEqualTo(201);
        var keys = operator.keys(tenantId);
        assertThat(keys.body()).doesNotContain(apiKey);
        assertThat(keys.value()).hasSize(2).extracting(ApiKey::secret).containsOnlyNulls();
        String firstKeyId = keys.value().getFirst().id();

        var revoked = operator.revokeKey(tenantId, firstKeyId);
        assertThat(revoked.status()).isEqualTo(204);
        assertThat(merchant.order("ord_x").status()).isEqualTo(401);
    }

    @Test
    void the_admin_api_refuses_a_wrong_token() throws Exception {
        var response = operator.authorizedBy("not-the-token").createTenant(NewTenant.named("x"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.problem().code()).isEqualTo("AUTH_002");
    }

    @Test
    void a_tenant_without_a_name_is_refused_with_the_field_named() throws Exception {
        var response = operator.createTenant(new NewTenant(null, "gold", null, null));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problem().fields()).contains("name", "mode");
    }
}
