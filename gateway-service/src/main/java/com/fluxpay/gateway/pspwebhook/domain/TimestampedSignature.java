package com.fluxpay.gateway.pspwebhook.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe's signature scheme ("Check the webhook signatures", docs.stripe.com/webhooks): a header
 * {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">[,v1=…]}. Several v1 appear while a secret is rolled
 * (one per active secret), so any v1 matching any of our secrets is enough; other schemes (v0) are ignored.
 * The timestamp is signed with the body, so the tolerance window stops an old request being replayed.
 * The sandbox PSP uses the same scheme under its own header.
 */
public final class TimestampedSignature {

    private final List<String> secrets;
    private final Duration tolerance;
    private final Clock clock;

    public TimestampedSignature(List<String> secrets, Duration tolerance, Clock clock) {
        this.secrets = secrets.stream().filter(secret -> secret != null && !secret.isBlank()).toList();
        if (this.secrets.isEmpty()) {
            // an empty HMAC key is a key everybody knows: refuse to build rather than accept forgeries
            throw new IllegalArgumentException("a webhook signature needs at least one secret");
        }
        this.tolerance = tolerance;
        this.clock = clock;
    }

    /** Empty when the header is good for this body; otherwise why not. */
    public Optional<String> problemWith(String header, byte[] body) {
        if (header == null || header.isBlank()) {
            return Optional.of("no signature header");
        }
        Long timestamp = null;
        List<String> signatures = new ArrayList<>();
        for (String element : header.split(",")) {
            int eq = element.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = element.substring(0, eq).trim();
            String value = element.substring(eq + 1).trim();
            if (key.equals("t")) {
                timestamp = parseSeconds(value);
            } else if (key.equals("v1")) {
                signatures.add(value);
            }
        }
        if (timestamp == null) {
            return Optional.of("no timestamp in the signature header");
        }
        if (signatures.isEmpty()) {
            return Optional.of("no v1 signature in the signature header");
        }
        var age = Duration.between(Instant.ofEpochSecond(timestamp), clock.instant()).abs();
        if (age.compareTo(tolerance) > 0) {
            return Optional.of("timestamp outside the tolerance of " + tolerance);
        }
        for (String secret : secrets) {
            byte[] expected = sign(secret, timestamp, body);
            for (String given : signatures) {
                if (MessageDigest.isEqual(expected, hexOrEmpty(given))) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of("no signature matches");
    }

    /** The header a PSP would send for this body at {@code at}: for the sandbox's senders and for tests. */
    public static String header(String secret, Instant at, byte[] body) {
        return "t=" + at.getEpochSecond() + ",v1=" + HexFormat.of().formatHex(sign(secret, at.getEpochSecond(), body));
    }

    static byte[] sign(String secret, long timestamp, byte[] body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static Long parseSeconds(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // MessageDigest.isEqual compares in time independent of where the bytes differ; a malformed hex string is
    // simply a signature that matches nothing
    private static byte[] hexOrEmpty(String hex) {
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
