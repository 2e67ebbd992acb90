package com.fluxpay.payment.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * {@code fluxpay.psp.*}: one block per PSP connector, and the routing. Toss and Stripe are switched on by
 * their secret key (from the environment); the sandbox is always there.
 *
 * @param routing {@code default}: the PSPs tried in order for any tenant; {@code tenants.<id>}: a tenant's own
 */
@ConfigurationProperties("fluxpay.psp")
public record PspProperties(Sandbox sandbox, @DefaultValue Connector toss, @DefaultValue Connector stripe,
                            @DefaultValue Routing routing) {

    /** Read timeouts must stay well under the reconciler's settle-after. */
    public record Sandbox(String url, @DefaultValue("2s") Duration connectTimeout,
                          @DefaultValue("5s") Duration readTimeout) {
    }

    public record Connector(String baseUrl, String secretKey, @DefaultValue("2s") Duration connectTimeout,
                            @DefaultValue("10s") Duration readTimeout) {

        public boolean enabled() {
            return secretKey != null && !secretKey.isBlank();
        }
    }

    public record Routing(@Name("default") @DefaultValue("sandbox") List<String> defaultRoute,
                          @DefaultValue Map<String, List<String>> tenants) {
    }
}
