package com.fluxpay.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals small secrets (webhook signing secrets) so they can travel on Kafka and rest in a database
 * without being readable there: AES-256-GCM, a random 12-byte nonce per seal, and the id of the key in
 * front, {@code <keyId>:<base64(nonce || ciphertext || tag)>}. The key id lets keys rotate: new seals
 * use the active key, old ones still open with the key they name, as long as it is configured. The key
 * id is also the GCM associated data, so a sealed value cannot be relabelled with another key's id.
 *
 * <p>Keys come from configuration: {@code fluxpay.secrets.keys.<id>} (base64 of 32 bytes) and
 * {@code fluxpay.secrets.active-key}; in the environment {@code FLUXPAY_SECRETS_KEYS_<ID>} and
 * {@code FLUXPAY_SECRETS_ACTIVE_KEY}. Plain Java, so any service (and a test) can build one.
 */
public final class SecretBox {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;

    private final Map<String, SecretKeySpec> keys;
    private final String activeKeyId;
    private final SecureRandom random = new SecureRandom();

    public SecretBox(Map<String, byte[]> keys, String activeKeyId) {
        Objects.requireNonNull(activeKeyId, "activeKeyId");
        var copy = new TreeMap<String, SecretKeySpec>();
        keys.forEach((id, key) -> {
            if (id.isBlank() || id.contains(":")) {
                throw new IllegalArgumentException("a key id is non-empty and has no ':' : '" + id + "'");
            }
            if (key.length != KEY_BYTES) {
                throw new IllegalArgumentException("key " + id + " has " + key.length + " bytes; AES-256 needs 32");
            }
            copy.put(id, new SecretKeySpec(key.clone(), "AES"));
        });
        if (!copy.containsKey(activeKeyId)) {
            throw new IllegalArgumentException("the active key " + activeKeyId + " is not among the configured keys "
                    + copy.keySet());
        }
        this.keys = Map.copyOf(copy);
        this.activeKeyId = activeKeyId;
    }

    /** Builds a box from configuration values: key id to base64 key. */
    public static SecretBox fromBase64Keys(Map<String, String> base64Keys, String activeKeyId) {
        var decoded = new TreeMap<String, byte[]>();
        base64Keys.forEach((id, value) -> decoded.put(id, Base64.getDecoder().decode(value.trim())));
        return new SecretBox(decoded, activeKeyId);
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    /** The id of the key that sealed {@code sealed}; no key needed. */
    public static String keyIdOf(String sealed) {
        int colon = sealed.indexOf(':');
        if (colon <= 0) {
            throw new SecretBoxException("not a sealed secret: no key id");
        }
        return sealed.substring(0, colon);
    }

    public String seal(String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, activeKeyId, nonce);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return activeKeyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new SecretBoxException("sealing failed: " + e.getMessage(), e);
        }
    }

    /** @throws SecretBoxException for an unknown key id, a malformed value, or one that was tampered with */
    public String open(String sealed) {
        String keyId = keyIdOf(sealed);
        if (!keys.containsKey(keyId)) {
            throw new SecretBoxException("sealed with key " + keyId + ", which is not configured");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed.substring(keyId.length() + 1));
        } catch (IllegalArgumentException e) {
            throw new SecretBoxException("sealed secret is not base64", e);
        }
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new SecretBoxException("sealed secret is too short");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, keyId, java.util.Arrays.copyOf(bytes, NONCE_BYTES));
            byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new SecretBoxException("sealed secret failed authentication: altered, or sealed with another key", e);
        } catch (GeneralSecurityException e) {
            throw new SecretBoxException("opening failed: " + e.getMessage(), e);
        }
    }

    private Cipher cipher(int mode, String keyId, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, keys.get(keyId), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** A value that cannot be opened; never carries the secret or the key. */
    public static final class SecretBoxException extends RuntimeException {

        public SecretBoxException(String message) {
            super(message);
        }

        public SecretBoxException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
