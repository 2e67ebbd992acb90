package com.fluxpay.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitIT extends GatewayIntegrationTest {

    @Test
    void a_tenant_past_its_burst_gets_429_with_retry_after_and_others_are_not_affected() throws Exception {
        var limited = GatewayClient.forNewTenant(port, "limited",
                "{\"name\":\"limited\",\"ratePerSecond\":1,\"burst\":3}");
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            responses.add(limited.get("/api/v1/orders/ord_none"));
        }

        assertThat(responses.subList(0, 3)).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(404));
        var refused = responses.get(3);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).contains("1");
        assertThat(refused.headers().firstValue("RateLimit-Limit")).contains("3");
        assertThat(refused.body()).contains("\"code\":\"RATE_001\"");
        assertThat(merchant.get("/api/v1/orders/ord_none").statusCode()).isEqualTo(404);
    }

    @Test
    void the_bucket_refills_at_the_tenants_rate() throws Exception {
        var limited = GatewayClient.forNewTenant(port, "refilling",
                "{\"name\":\"refilling\",\"ratePerSecond\":5,\"burst\":1}");
        assertThat(limited.get("/api/v1/orders/ord_none").statusCode()).isEqualTo(404);
        assertThat(limited.get("/api/v1/orders/ord_none").statusCode()).isEqualTo(429);

        Thread.sleep(250);
        assertThat(limited.get("/api/v1/orders/ord_none").statusCode()).isEqualTo(404);
    }
}
