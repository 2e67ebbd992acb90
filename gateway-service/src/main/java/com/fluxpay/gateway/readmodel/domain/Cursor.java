package com.fluxpay.gateway.readmodel.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page of a list ended: the sort key (creation time, then id) of its last item, opaque to
 * clients. Keyset pagination: a page is found by index, however deep, and items created meanwhile
 * neither shift nor repeat what a client already read.
 */
public record Cursor(Instant createdAt, String id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((createdAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** A cursor a client sent back; anything we did not make reads as none. */
    public static Optional<Cursor> decode(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int bar = decoded.indexOf('|');
            return bar < 0 ? Optional.empty()
                    : Optional.of(new Cursor(Instant.parse(decoded.substring(0, bar)), decoded.substring(bar + 1)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
