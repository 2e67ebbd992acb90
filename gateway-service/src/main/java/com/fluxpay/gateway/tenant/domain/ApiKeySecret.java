package com.fluxpay.gateway.tenant.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An API key as the merchant holds it: {@code fp_test_…} or {@code fp_live_…} followed by 32 URL-safe
 * characters (192 random bits). FluxPay stores only {@link #hash()}; the plain key is shown once.
 */
public record ApiKeySecret(String value) {

    private static final Pattern SHAPE = Pattern.compile("fp_(test|live)_[A-Za-z0-9_-]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public static ApiKeySecret generate(KeyMode mode) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return new ApiKeySecret("fp_" + mode.label() + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The key a request presented, if it has the shape of one; anything else is not worth a lookup. */
    public static Optional<ApiKeySecret> parse(String presented) {
        return presented != null && SHAPE.matcher(presented).matches()
                ? Optional.of(new ApiKeySecret(presented)) : Optional.empty();
    }

    public KeyMode mode() {
        return value.startsWith("fp_live_") ? KeyMode.LIVE : KeyMode.TEST;
    }

    /** What lists show, so a merchant can tell keys apart without the secret: {@code fp_test_AbC…}. */
    public String prefix() {
        return value.substring(0, value.indexOf('_', 3) + 4);
    }

    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return prefix() + "…";
    }
}
