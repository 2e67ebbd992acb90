package com.fluxpay.credit.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.contracts.credit.CreditCommandRejected;
import com.fluxpay.contracts.credit.CreditReservationRejected;
import com.fluxpay.contracts.credit.GrantCredits;
import com.fluxpay.contracts.credit.ServiceUsageCompleted;
import com.fluxpay.contracts.credit.ServiceUsageFailed;
import com.fluxpay.contracts.credit.ServiceUsageRequested;
import com.fluxpay.credit.application.port.CreditRefusals;
import com.fluxpay.credit.application.port.ReservationOwners;
import com.fluxpay.credit.domain.ConsumeOutcome;
import com.fluxpay.credit.domain.CreditAccount;
import com.fluxpay.credit.domain.DrawDownOrder;
import com.fluxpay.credit.domain.Movement;
import com.fluxpay.credit.domain.MovementKind;
import com.fluxpay.credit.domain.ReservationOutcome;
import com.fluxpay.platform.transactions.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class MeteringUsageTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final String TENANT = "tenant-a";

    private final InMemoryCreditAccounts accounts = new InMemoryCreditAccounts();
    private final List<Movement> published = new ArrayList<>();
    private final List<Object> refused = new ArrayList<>();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Transactions transactions = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
    private final CreditRefusals refusals = new CreditRefusals() {
        @Override
        public void reservationRejected(CreditReservationRejected rejection) {
            refused.add(rejection);
        }

        @Override
        public void commandRejected(CreditCommandRejected rejection) {
            refused.add(rejection);
        }
    };
    private final ReservationOwners owners = (tenant, reservationId) -> accounts.rows.values().stream()
            .map(CreditAccount::restore).filter(account -> account.reservation(reservationId).isPresent())
            .map(CreditAccount::id).findFirst();
    private final ChangingCreditAccount changing = new ChangingCreditAccount(accounts,
            account -> DrawDownOrder.DEFAULT, (account, movements) -> published.addAll(movements), transactions);
    private final MeteringUsage metering = new MeteringUsage(changing, owners, refusals, transactions, clock,
            Duration.ofMinutes(15));
    private final GrantingFreeCredits granting = new GrantingFreeCredits(new GrantingCredits(changing, clock),
            refusals, transactions, clock);

    private void grant(long credits) {
        granting.grant(new GrantCredits("grant_1", TENANT, "cus_1", "credits", credits, null, null, "promo", NOW));
    }

    private ReservationOutcome request(String usageId, long credits) {
        return metering.requested(TENANT, new ServiceUsageRequested(usageId, "cus_1", "credits", "resizer", "4k",
                credits, null, NOW)).orElseThrow().outcome();
    }

    private List<MovementKind> kinds() {
        return published.stream().map(Movement::kind).toList();
    }

    @Test
    void a_completion_larger_than_its_reservation_is_charged_what_was_reserved() {
        grant(100);
        request("use_1", 30);

        var outcome = metering.completed(TENANT, new ServiceUsageCompleted("use_1", 45, NOW)).orElseThrow();

        assertThat(outcome).isInstanceOf(ConsumeOutcome.Consumed.class);
        assertThat(published.getLast().kind()).isEqualTo(MovementKind.CONSUMED);
        assertThat(published.getLast().quantity()).isEqualTo(30);
        assertThat(published.getLast().after().available()).isEqualTo(70);
    }

    @Test
    void a_usage_requested_twice_is_reserved_once_and_answered_once() {
        grant(100);

        assertThat(request("use_1", 30)).isInstanceOf(ReservationOutcome.Reserved.class);
        assertThat(request("use_1", 30)).isInstanceOf(ReservationOutcome.Refused.class);

        assertThat(kinds()).containsExactly(MovementKind.GRANTED, MovementKind.RESERVED);
        assertThat(refused).isEmpty();
    }

    @Test
    void a_completion_or_failure_before_its_request_changes_nothing() {
        grant(100);

        assertThat(metering.completed(TENANT, new ServiceUsageCompleted("use_1", 5, NOW))).isEmpty();
        assertThat(metering.failed(TENANT, new ServiceUsageFailed("use_1", "x", NOW))).isEmpty();

        assertThat(kinds()).containsExactly(MovementKind.GRANTED);
    }

    @Test
    void a_failure_after_the_completion_gives_nothing_back() {
        grant(100);
        request("use_1", 30);
        metering.completed(TENANT, new ServiceUsageCompleted("use_1", 30, NOW));

        metering.failed(TENANT, new ServiceUsageFailed("use_1", "late", NOW));

        assertThat(kinds()).containsExactly(MovementKind.GRANTED, MovementKind.RESERVED, MovementKind.CONSUMED);
    }

    @Test
    void a_usage_the_balance_does_not_cover_is_rejected_with_pay_001_stating_the_balance_and_version() {
        grant(10);

        request("use_1", 11);

        assertThat(refused).singleElement().isInstanceOfSatisfying(CreditReservationRejected.class, rejection -> {
            assertThat(rejection.code()).isEqualTo("PAY_001");
            assertThat(rejection.available()).isEqualTo(10);
            assertThat(rejection.version()).isEqualTo(1);
            assertThat(rejection.usageId()).isEqualTo("use_1");
        });
        assertThat(kinds()).containsExactly(MovementKind.GRANTED);
    }

    @Test
    void an_invalid_usage_is_rejected_with_crd_001_and_opens_no_account() {
        var answer = metering.requested(TENANT, new ServiceUsageRequested("use_1", "cus_1", "Credits!", "resizer",
                "4k", 5, null, NOW));

        assertThat(answer).isEmpty();
        assertThat(refused).singleElement().isInstanceOfSatisfying(CreditReservationRejected.class,
                rejection -> assertThat(rejection.code()).isEqualTo("CRD_001"));
        assertThat(accounts.rows).isEmpty();
    }

    @Test
    void a_grant_repeated_with_its_id_grants_once_and_publishes_no_rejection() {
        grant(100);
        grant(100);

        assertThat(kinds()).containsExactly(MovementKind.GRANTED);
        assertThat(refused).isEmpty();
    }
}
