package com.fluxpay.notification.support;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a merchant writes from docs/webhooks.md, written here again on purpose: it shares no code with the
 * service, so a test that passes proves the published algorithm, not the service agreeing with itself.
 */
public final class WebhookVerifier {

    private WebhookVerifier() {
    }

    public static boolean verifies(String whsecSecret, String id, String timestamp, String body, String signatureHeader) {
        try {
            byte[] key = Base64.getDecoder().decode(whsecSecret.substring("whsec_".length()));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return Arrays.stream(signatureHeader.split(" "))
                    .filter(signature -> signature.startsWith("v1,"))
                    .map(signature -> Base64.getDecoder().decode(signature.substring(3)))
                    .anyMatch(candidate -> java.security.MessageDigest.isEqual(candidate, expected));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
