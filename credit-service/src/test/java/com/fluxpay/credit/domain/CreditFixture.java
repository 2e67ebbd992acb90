package com.fluxpay.credit.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Accounts and grants for tests: a customer of tenant-a in {@code credits}, and a clock at NOW. */
final class CreditFixture {

    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    static final CreditAccountId ACCOUNT = new CreditAccountId("tenant-a", "cus_1", new CreditUnit("credits"));
    static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    static final int DEFAULT_PRIORITY = 10;

    private static int keys;

    private CreditFixture() {
    }

    static CreditAccount emptyAccount() {
        return CreditAccount.open(ACCOUNT, DrawDownOrder.DEFAULT);
    }

    /** An account with one paid top-up of {@code credits} (grant "top-up"), bought for as many won. */
    static CreditAccount accountWith(long credits) {
        var account = emptyAccount();
        account.grant(paid("top-up", credits), NOW);
        return account;
    }

    static NewGrant paid(String id, long credits) {
        return paid(id, credits, DEFAULT_PRIORITY, null);
    }

    static NewGrant paid(String id, long credits, int priority, Instant expiresAt) {
        return new NewGrant(new GrantId(id), new Funding.Paid(Money.of(credits, "KRW"), "pay_" + id), credits,
                priority, Optional.ofNullable(expiresAt), "grant-" + id);
    }

    static NewGrant paidFor(String id, long credits, Money price) {
        return new NewGrant(new GrantId(id), new Funding.Paid(price, "pay_" + id), credits, DEFAULT_PRIORITY,
                Optional.empty(), "grant-" + id);
    }

    static NewGrant free(String id, long credits, Instant expiresAt) {
        return free(id, credits, DEFAULT_PRIORITY, expiresAt);
    }

    static NewGrant free(String id, long credits, int priority, Instant expiresAt) {
        return new NewGrant(new GrantId(id), new Funding.Free("promo"), credits, priority,
                Optional.ofNullable(expiresAt), "grant-" + id);
    }

    static ReservationId reservation(String id) {
        return new ReservationId(id);
    }

    static GrantId grant(String id) {
        return new GrantId(id);
    }

    static String key() {
        return "key-" + (++keys);
    }

    static Instant minutesLater(long minutes) {
        return NOW.plus(Duration.ofMinutes(minutes));
    }

    static ReservationOutcome.Reserved reserved(CreditAccount account, String id, long credits, Instant at) {
        return (ReservationOutcome.Reserved) account.reserve(reservation(id), credits, FIVE_MINUTES, key(), at);
    }
}
