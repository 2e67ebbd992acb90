package com.fluxpay.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.contracts.credit.CreditAccountIds;
import com.fluxpay.contracts.credit.GrantCredits;
import com.fluxpay.contracts.credit.ServiceUsageRequested;
import com.fluxpay.credit.application.GrantingFreeCredits;
import com.fluxpay.credit.application.MeteringUsage;
import com.fluxpay.credit.domain.GrantOutcome;
import com.fluxpay.credit.domain.ReservationOutcome;
import com.fluxpay.testing.RealInfrastructure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The row lock against the real database, from two instances of credit-service (this test's context and a second
 * one on the same database, its Kafka listeners off): concurrent changes of one account never overdraw it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentReservationsIT {

    private static final int THREADS = 100;
    private static final int COVERED = 50;

    @Autowired
    MeteringUsage metering;
    @Autowired
    GrantingFreeCredits granting;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;

    ConfigurableApplicationContext secondInstance;

    @BeforeAll
    void startASecondInstanceOnTheSameDatabase() {
        // as arguments: they take precedence over the platform's defaults, as the environment does in a deployment
        secondInstance = new SpringApplicationBuilder(CreditApplication.class).web(WebApplicationType.NONE).run(
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password"),
                "--spring.kafka.bootstrap-servers=" + environment.getProperty("spring.kafka.bootstrap-servers"),
                "--spring.kafka.listener.auto-startup=false");
    }

    @AfterAll
    void stopIt() {
        if (secondInstance != null) {
            secondInstance.close();
        }
    }

    @Test
    void a_hundred_concurrent_reservations_of_one_credit_against_fifty_reserve_exactly_fifty() throws Exception {
        String tenant = "tenant-" + UUID.randomUUID();
        String account = CreditAccountIds.of(tenant, "cus_1", "credits");
        granting.grant(new GrantCredits("grant_1", tenant, "cus_1", "credits", COVERED, null, null, "promo",
                Instant.now()));
        var instances = List.of(metering, secondInstance.getBean(MeteringUsage.class));

        var outcomes = concurrently(THREADS, i -> () -> instances.get(i % 2).requested(tenant,
                new ServiceUsageRequested("use_" + i, "cus_1", "credits", "resizer", "4k", 1, null, Instant.now()))
                .orElseThrow().outcome());

        long reserved = outcomes.stream().filter(ReservationOutcome.Reserved.class::isInstance).count();
        long rejected = outcomes.stream().filter(o -> o instanceof ReservationOutcome.Refused refused
                && refused.reason() == ReservationOutcome.Reason.INSUFFICIENT_BALANCE).count();
        System.out.printf("concurrent reservations from two instances: %d reserved, %d rejected of %d%n", reserved,
                rejected, THREADS);
        assertThat(reserved).isEqualTo(COVERED);
        assertThat(rejected).isEqualTo(THREADS - COVERED);
        assertThat(jdbc.queryForMap("SELECT available, reserved, sequence FROM credit_account WHERE account_id = ?",
                account)).containsEntry("available", 0L).containsEntry("reserved", (long) COVERED)
                .containsEntry("sequence", (long) COVERED + 1);
        assertThat(count("SELECT count(*) FROM credit_reservation WHERE account_id = ? AND status = 'OPEN'", account))
                .isEqualTo(COVERED);
        assertThat(count("SELECT reserved FROM credit_grant WHERE account_id = ?", account)).isEqualTo(COVERED);
        assertThat(count("""
                SELECT count(*) FROM credit_movement m JOIN credit_movement p
                  ON p.account_id = m.account_id AND p.sequence = m.sequence - 1
                WHERE m.account_id = ?
                  AND (p.available_after <> m.available_before OR p.reserved_after <> m.reserved_before)""", account))
                .as("every movement's balance before is the previous one's after").isZero();
        assertThat(outboxed(account, "credit.reserved")).isEqualTo(COVERED);
        assertThat(outboxed(account, "credit.reservation.rejected")).isEqualTo(THREADS - COVERED);
    }

    @Test
    void concurrent_first_grants_of_an_account_nobody_credited_yet_all_land_once() throws Exception {
        String tenant = "tenant-" + UUID.randomUUID();
        String account = CreditAccountIds.of(tenant, "cus_1", "credits");
        var instances = List.of(granting, secondInstance.getBean(GrantingFreeCredits.class));

        var outcomes = concurrently(20, i -> () -> instances.get(i % 2).grant(new GrantCredits("grant_" + i, tenant,
                "cus_1", "credits", 10, null, null, "promo", Instant.now())).orElseThrow());

        assertThat(outcomes).allMatch(GrantOutcome.Granted.class::isInstance);
        assertThat(jdbc.queryForMap("SELECT available, sequence FROM credit_account WHERE account_id = ?", account))
                .containsEntry("available", 200L).containsEntry("sequence", 20L);
        assertThat(outboxed(account, "credit.granted")).isEqualTo(20);
    }

    private static <T> List<T> concurrently(int threads, java.util.function.IntFunction<Callable<T>> task)
            throws Exception {
        var start = new CountDownLatch(1);
        var futures = new ArrayList<java.util.concurrent.Future<T>>();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                var work = task.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            var results = new ArrayList<T>();
            for (var future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        }
    }

    private long outboxed(String account, String type) {
        return count("SELECT count(*) FROM outbox_event WHERE message_key = ? AND event_type = ?", account, type);
    }

    private long count(String sql, Object... args) {
        Long value = jdbc.queryForObject(sql, Long.class, args);
        return value == null ? 0 : value;
    }
}
