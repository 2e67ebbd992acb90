package com.fluxpay.notification.adapter.out.crypto;

import com.fluxpay.notification.application.port.WebhookSigner;
import com.fluxpay.platform.crypto.SecretBox;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: {@code v1,} + base64 of HMAC-SHA256 over {@code id.timestamp.body}, keyed
 * with the base64-decoded part of the {@code whsec_} secret; one per secret, space-separated. Secrets are
 * opened here, just before use, and never kept open.
 */
public class StandardWebhookSigner implements WebhookSigner {

    private static final String PREFIX = "whsec_";
    private static final int MIN_SECRET_BYTES = 24;

    private final SecretBox box;

    public StandardWebhookSigner(SecretBox box) {
        this.box = box;
    }

    @Override
    public String signatures(List<String> sealedSecrets, String messageId, long timestampSeconds, String body) {
        byte[] content = (messageId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8);
        return sealedSecrets.stream().map(sealed -> "v1," + hmac(key(box.open(sealed)), content))
                .collect(Collectors.joining(" "));
    }

    @Override
    public boolean usable(String sealedSecret) {
        try {
            return key(box.open(sealedSecret)).length >= MIN_SECRET_BYTES;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public String keyIdOf(String sealedSecret) {
        return SecretBox.keyIdOf(sealedSecret);
    }

    private static byte[] key(String secret) {
        if (!secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a whsec_ secret");
        }
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }

    private static String hmac(byte[] key, byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
