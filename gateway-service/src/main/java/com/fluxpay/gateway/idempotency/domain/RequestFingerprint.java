package com.fluxpay.gateway.idempotency.domain;

import com.fluxpay.gateway.command.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/** Identifies "the same request": method, path and body. Also derives stable ids from a key. */
public final class RequestFingerprint {

    private RequestFingerprint() {
    }

    public static String of(String method, String path, byte[] body) {
        MessageDigest digest = sha256();
        digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(body);
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * An id that the same tenant's same key always yields, so a retried request after a crash addresses
     * the same object instead of creating a second one (a second order, a second charge).
     */
    public static String stableId(String prefix, String tenantId, String idempotencyKey) {
        byte[] hash = sha256().digest((tenantId + "\u0000" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
        return prefix + HexFormat.of().formatHex(hash, 0, 16);
    }

    /** The stable id for this key, or a fresh random one when the request carries no Idempotency-Key. */
    /** As {@link #idFor(String, String, String)}, for the merchant API's use cases. */
    public static String idFor(String prefix, TenantId tenant, String idempotencyKey) {
        return idFor(prefix, tenant.value(), idempotencyKey);
    }

    public static String idFor(String prefix, String tenantId, String idempotencyKey) {
        return idempotencyKey != null ? stableId(prefix, tenantId, idempotencyKey)
                : prefix + UUID.randomUUID().toString().replace("-", "");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
