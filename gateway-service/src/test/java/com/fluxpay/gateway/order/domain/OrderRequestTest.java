package com.fluxpay.gateway.order.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.gateway.command.Violation;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderRequestTest {

    @Test
    void a_positive_amount_in_a_known_currency_breaks_no_rule() {
        assertThat(new OrderRequest(15_000L, "KRW", "a book", Map.of("sku", "b-1")).violations()).isEmpty();
    }

    @Test
    void every_broken_rule_is_named_by_its_field() {
        var request = new OrderRequest(-5L, "won", "x".repeat(OrderRequest.MAX_DESCRIPTION + 1), null);

        assertThat(request.violations()).extracting(Violation::field)
                .containsExactly("amount", "currency", "description");
    }

    @Test
    void a_missing_amount_is_not_read_as_zero() {
        assertThat(new OrderRequest(null, "USD", null, null).violations())
                .containsExactly(new Violation("amount", "is required"));
    }

    @Test
    void metadata_with_a_null_value_or_too_many_entries_is_refused() {
        var withNull = new HashMap<String, String>();
        withNull.put("sku", null);
        var tooMany = new HashMap<String, String>();
        for (int i = 0; i <= OrderRequest.MAX_METADATA_ENTRIES; i++) {
            tooMany.put("k" + i, "v");
        }
        assertThat(new OrderRequest(1L, "USD", null, withNull).violations()).extracting(Violation::field)
                .containsExactly("metadata");
        assertThat(new OrderRequest(1L, "USD", null, tooMany).violations()).extracting(Violation::field)
                .containsExactly("metadata");
    }
}
