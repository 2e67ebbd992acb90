package com.fluxpay.platform.config;

import com.fluxpay.platform.crypto.SecretBox;
import com.fluxpay.platform.crypto.SecretProperties;
import java.util.Map;

/**
 * Builds the SecretBox, refusing to start a production service without keys of its own or with the
 * development key that is published in {@link PlatformDefaults}: webhook signing secrets sealed with a
 * public key would be readable by anyone who reads the database or the Kafka topics.
 */
final class SecretKeysGuard {

    private SecretKeysGuard() {
    }

    static SecretBox checked(SecretProperties secrets, boolean production) {
        Map<String, String> keys = secrets.keys() == null ? Map.of() : secrets.keys();
        if (keys.isEmpty() || secrets.activeKey() == null) {
            throw new IllegalStateException("no SecretBox keys: set FLUXPAY_SECRETS_ACTIVE_KEY=<id> and "
                    + "FLUXPAY_SECRETS_KEY_<ID>=<base64 of 32 random bytes> (the same on every service)");
        }
        boolean developmentKey = keys.values().stream()
                .anyMatch(key -> key.trim().equals(PlatformDefaults.DEVELOPMENT_SECRET_KEY));
        if (production && developmentKey) {
            throw new IllegalStateException("FLUXPAY_ENVIRONMENT=production refuses the published development "
                    + "SecretBox key; generate one (openssl rand -base64 32) and set FLUXPAY_SECRETS_KEY_<ID>");
        }
        return SecretBox.fromBase64Keys(keys, secrets.activeKey());
    }
}
