package com.fluxpay.ledger.domain;

import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/** Payment events for tests: tenant-a, KRW unless said otherwise. */
final class Events {

    static final String TENANT = "tenant-a";
    static final Currency KRW = Currency.getInstance("KRW");
    static final Instant AT = Instant.parse("2026-11-21T10:00:00.123456789Z");

    private Events() {
    }

    static MoneyEvent.Approved approvedAutomatic(String paymentId, long amount) {
        return new MoneyEvent.Approved(UUID.randomUUID(), paymentId, TENANT, KRW, amount, true, AT);
    }

    static MoneyEvent.Approved approvedManual(String paymentId, long amount) {
        return new MoneyEvent.Approved(UUID.randomUUID(), paymentId, TENANT, KRW, amount, false, AT);
    }

    static MoneyEvent.Captured captured(String paymentId, long amount) {
        return new MoneyEvent.Captured(UUID.randomUUID(), paymentId, TENANT, KRW, amount, AT);
    }

    static MoneyEvent.Canceled canceled(String paymentId, long released) {
        return new MoneyEvent.Canceled(UUID.randomUUID(), paymentId, TENANT, KRW, released, AT);
    }

    static MoneyEvent.Refunded refunded(String paymentId, long amount) {
        return new MoneyEvent.Refunded(UUID.randomUUID(), paymentId, "rf_" + UUID.randomUUID(), TENANT, KRW, amount, AT);
    }

    static MoneyEvent.Failed failed(String paymentId) {
        return new MoneyEvent.Failed(UUID.randomUUID(), paymentId, TENANT, KRW, AT);
    }

    static AccountRef account(AccountCode code) {
        return new AccountRef(TENANT, code, KRW);
    }
}
