package com.fluxpay.payment;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points {@code fluxpay.psp.sandbox.url} at {@link SandboxPsp}. It runs after @RealInfrastructure's customizer
 * (which points it at the shared stub whose journal is off) and goes first, so it wins.
 */
public final class SandboxPspInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("sandboxPsp",
                Map.of("fluxpay.psp.sandbox.url", SandboxPsp.url(),
                        // Toss answers on the same stub server, so its journal shows any request that reached it
                        "fluxpay.psp.toss.base-url", SandboxPsp.url(),
                        "fluxpay.psp.toss.secret-key", "test_sk_fluxpay")));
    }
}
