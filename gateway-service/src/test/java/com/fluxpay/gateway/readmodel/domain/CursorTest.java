package com.fluxpay.gateway.readmodel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void a_cursor_survives_the_trip_through_a_client() {
        var cursor = new Cursor(Instant.parse("2026-11-21T10:00:00.123456Z"), "ord_abc");

        assertThat(Cursor.decode(cursor.encode())).contains(cursor);
    }

    @Test
    void a_cursor_we_did_not_make_reads_as_none() {
        assertThat(Cursor.decode("not-base64!")).isEmpty();
        assertThat(Cursor.decode("aGVsbG8")).isEmpty();
        assertThat(Cursor.decode(null)).isEmpty();
    }

    @Test
    void limits_are_kept_between_one_and_a_hundred() {
        assertThat(Page.limit(null)).isEqualTo(20);
        assertThat(Page.limit(0)).isEqualTo(1);
        assertThat(Page.limit(5000)).isEqualTo(100);
    }
}
