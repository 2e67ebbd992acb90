package com.fluxpay.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fluxpay.platform.crypto.SecretProperties;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockPropertySource;

class SecretKeysGuardTest {

    private static final String OWN_KEY = "q0pN1b8gYw0o3u7c1oSx2s3Qk7a9n4Vt6yZ8xW2eR5I=";

    private static StandardEnvironment environment(String fluxpayEnvironment) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MockPropertySource()
                .withProperty("FLUXPAY_ENVIRONMENT", fluxpayEnvironment));
        new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void production_refuses_the_published_development_key() {
        var secrets = new SecretProperties(Map.of("prod", PlatformDefaults.DEVELOPMENT_SECRET_KEY), "prod");

        assertThatThrownBy(() -> SecretKeysGuard.checked(secrets, true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("development");
    }

    @Test
    void production_starts_with_keys_of_its_own() {
        var box = SecretKeysGuard.checked(new SecretProperties(Map.of("k1", OWN_KEY), "k1"), true);

        assertThat(box.open(box.seal("whsec_abc"))).isEqualTo("whsec_abc");
    }

    @Test
    void without_any_key_the_service_says_what_to_set() {
        assertThatThrownBy(() -> SecretKeysGuard.checked(new SecretProperties(null, null), true))
                .hasMessageContaining("FLUXPAY_SECRETS_ACTIVE_KEY");
    }

    @Test
    void the_development_key_is_offered_outside_production_only() {
        assertThat(environment("development").getProperty("fluxpay.secrets.keys.local"))
                .isEqualTo(PlatformDefaults.DEVELOPMENT_SECRET_KEY);
        assertThat(environment("production").getProperty("fluxpay.secrets.keys.local")).isNull();
        assertThat(environment("production").getProperty("fluxpay.environment")).isEqualTo("production");
    }
}
