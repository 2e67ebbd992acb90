package com.fluxpay.platform.crypto;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keys of the {@link SecretBox} ({@code fluxpay.secrets.keys.<id>}: base64 of 32 bytes;
 * {@code fluxpay.secrets.active-key} seals). Every service that seals or opens the same secrets (the
 * gateway seals webhook secrets, notification-service opens them) must hold the same keys.
 */
@ConfigurationProperties("fluxpay.secrets")
public record SecretProperties(Map<String, String> keys, String activeKey) {
}
