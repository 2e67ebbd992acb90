package com.fluxpay.notification.config;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys that open webhook secrets sealed by the gateway ({@code fluxpay.secrets.keys.<id>}: base64 of 32
 * bytes; {@code fluxpay.secrets.active-key}). The gateway must hold the same keys.
 */
@ConfigurationProperties("fluxpay.secrets")
public record SecretProperties(Map<String, String> keys, String activeKey) {
}
