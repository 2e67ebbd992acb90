package com.fluxpay.notification.domain;

import java.time.Instant;

/**
 * The body every webhook carries: {@code {"type":..., "timestamp":..., "data":{...}}} with {@code data} the
 * event's payload exactly as it was published. Built from stored values only, so every retry sends the very
 * same bytes, and the signature a merchant computes over them never depends on the attempt.
 */
public final class WebhookBody {

    private WebhookBody() {
    }

    public static String of(String eventType, Instant occurredAt, String payloadJson) {
        return "{\"type\":\"" + escape(eventType) + "\",\"timestamp\":\"" + occurredAt + "\",\"data\":" + payloadJson
                + "}";
    }

    private static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
