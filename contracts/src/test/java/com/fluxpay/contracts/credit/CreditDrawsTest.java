package com.fluxpay.contracts.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The fields credit events gained later are trailing and nullable: old and new payloads read either way. */
class CreditDrawsTest {

    private final ObjectMapper reader = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void a_deduction_published_before_draws_were_stated_reads_with_none() throws IOException {
        var deducted = reader.readValue("""
                {"accountId":"ca_1","tenantId":"t","customerId":"cus_7","unit":"credits","reservationId":"usage:u1",
                 "usageId":"u1","quantity":20,"available":70,"reserved":10,"version":3,
                 "deductedAt":"2026-12-02T10:00:05Z"}""", CreditDeducted.class);

        assertThat(deducted.quantity()).isEqualTo(20);
        assertThat(deducted.draws()).isNull();
        assertThat(deducted.refundPending()).isNull();
    }

    @Test
    void a_deduction_names_the_grants_it_drew_from_and_their_value() throws IOException {
        var deducted = reader.readValue("""
                {"accountId":"ca_1","tenantId":"t","customerId":"cus_7","unit":"credits","quantity":30,
                 "available":70,"reserved":0,"version":3,"deductedAt":"2026-12-02T10:00:05Z","refundPending":0,
                 "draws":[{"grantId":"promo","category":"FREE","quantity":10,"amount":0,"currency":null},
                          {"grantId":"topup:ord_1","category":"PAID","quantity":20,"amount":600,"currency":"KRW"}]}""",
                CreditDeducted.class);

        assertThat(deducted.draws()).containsExactly(new CreditDraw("promo", "FREE", 10, 0, null),
                new CreditDraw("topup:ord_1", "PAID", 20, 600, "KRW"));
        assertThat(deducted.refundPending()).isZero();
    }
}
