package com.fluxpay.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

class AuthenticationIT extends GatewayIntegrationTest {

    @Test
    void a_request_without_an_api_key_is_401_problem_json() throws Exception {
        var response = merchant.send(HttpRequest.newBuilder(merchant.uri("/api/v1/orders/ord_x")));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("\"code\":\"AUTH_001\"");
    }

    @Test
    void a_made_up_key_of_the_right_shape_is_401() throws Exception {
        var response = merchant.send(HttpRequest.newBuilder(merchant.uri("/api/v1/orders/ord_x"))
                .header("Authorization", "Bearer fp_test_" + "A".repeat(32)));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void another_tenants_order_does_not_exist_for_the_caller() throws Exception {
        String orderId = GatewayClient.idOf(merchant.post("/api/v1/orders", "{\"amount\":100,\"currency\":\"USD\"}").body());
        var other = GatewayClient.forNewTenant(port, "other");

        assertThat(merchant.get("/api/v1/orders/" + orderId).statusCode()).isEqualTo(200);
        var foreign = other.get("/api/v1/orders/" + orderId);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.body()).contains("\"code\":\"RES_001\"");
    }

    @Test
    void a_revoked_key_stops_working_and_a_new_one_works() throws Exception {
        var issued = merchant.admin(HttpRequest.newBuilder(merchant.uri("/admin/v1/tenants/" + merchant.tenantId + "/keys"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"mode\":\"test\"}")));
        assertThat(issued.statusCode()).isEqualTo(201);
        String keys = merchant.admin(HttpRequest.newBuilder(merchant.uri("/admin/v1/tenants/" + merchant.tenantId + "/keys"))).body();
        assertThat(keys).doesNotContain(merchant.apiKey).contains("\"secret\":null");
        String firstKeyId = GatewayClient.idOf(keys);

        var revoked = merchant.admin(HttpRequest.newBuilder(
                merchant.uri("/admin/v1/tenants/" + merchant.tenantId + "/keys/" + firstKeyId)).DELETE());
        assertThat(revoked.statusCode()).isEqualTo(204);
        assertThat(merchant.get("/api/v1/orders/ord_x").statusCode()).isEqualTo(401);
    }

    @Test
    void the_admin_api_refuses_a_wrong_token() throws Exception {
        var response = merchant.send(HttpRequest.newBuilder(merchant.uri("/admin/v1/tenants"))
                .header("Authorization", "Bearer not-the-token").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"code\":\"AUTH_002\"");
    }

    @Test
    void a_tenant_without_a_name_is_refused_with_the_field_named() throws Exception {
        var response = merchant.admin(HttpRequest.newBuilder(merchant.uri("/admin/v1/tenants"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"mode\":\"gold\"}")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"name\"", "\"field\":\"mode\"");
    }
}
