package com.fluxpay.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.client.Admin.NewTenant;
import com.fluxpay.client.Answer;
import com.fluxpay.client.Order;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitIT extends GatewayIntegrationTest {

    @Test
    void a_tenant_past_its_burst_gets_429_with_retry_after_and_others_are_not_affected() throws Exception {
        var limited = Merchant.open(port, new NewTenant("limited", null, 1, 3)).api();
        List<Answer<Order>> responses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            responses.add(limited.order("ord_none"));
        }

        assertThat(responses.subList(0, 3)).allSatisfy(r -> assertThat(r.status()).isEqualTo(404));
        var refused = responses.get(3);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).contains("1");
        assertThat(refused.header("RateLimit-Limit")).contains("3");
        assertThat(refused.problem().code()).isEqualTo("RATE_001");
        assertThat(merchant.order("ord_none").status()).isEqualTo(404);
    }

    @Test
    void the_bucket_refills_at_the_tenants_rate() throws Exception {
        var limited = Merchant.open(port, new NewTenant("refilling", null, 5, 1)).api();
        assertThat(limited.order("ord_none").status()).isEqualTo(404);
        assertThat(limited.order("ord_none").status()).isEqualTo(429);

        Thread.sleep(250);
        assertThat(limited.order("ord_none").status()).isEqualTo(404);
    }
}
