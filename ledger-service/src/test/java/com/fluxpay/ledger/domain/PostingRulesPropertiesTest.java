package com.fluxpay.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The posting rules against generated payment histories: valid lifecycles (approve, capture in parts,
 * cancel, refund in parts) interleaved across payments, tenants and currencies, and arbitrary noise.
 */
class PostingRulesPropertiesTest {

    private static final List<Currency> CURRENCIES = List.of(Currency.getInstance("KRW"), Currency.getInstance("USD"),
            Currency.getInstance("JPY"));
    private static final Instant AT = Instant.parse("2026-11-21T10:00:00Z");

    /** One payment's script; parts are percentages of what is left, turned into amounts when played. */
    record Lifecycle(String tenant, int currency, long amount, boolean manual, List<Integer> captureParts,
                     boolean cancelRest, List<Integer> refundParts) {
    }

    @Provide
    Arbitrary<List<Lifecycle>> lifecycles() {
        Arbitrary<Integer> part = Arbitraries.integers().between(1, 100);
        return Combinators.combine(Arbitraries.of("tenant-a", "tenant-b"), Arbitraries.integers().between(0, 2),
                        Arbitraries.longs().between(1, 5_000_000), Arbitraries.of(true, false),
                        part.list().ofMaxSize(4), Arbitraries.of(true, false), part.list().ofMaxSize(4))
                .as(Lifecycle::new).list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<MoneyEvent>> noise() {
        Arbitrary<String> payment = Arbitraries.of("pay_1", "pay_2", "pay_3");
        Arbitrary<Long> amount = Arbitraries.longs().between(-5, 20_000);
        Arbitrary<Currency> currency = Arbitraries.of(CURRENCIES);
        Arbitrary<MoneyEvent> event = Arbitraries.oneOf(
                Combinators.combine(payment, currency, amount, Arbitraries.of(true, false)).as((p, c, a, now) ->
                        new MoneyEvent.Approved(UUID.randomUUID(), p, "tenant-a", c, a, now, AT)),
                Combinators.combine(payment, currency, amount).as((p, c, a) ->
                        new MoneyEvent.Captured(UUID.randomUUID(), p, "tenant-a", c, a, AT)),
                Combinators.combine(payment, currency, amount).as((p, c, a) ->
                        new MoneyEvent.Canceled(UUID.randomUUID(), p, "tenant-a", c, a, AT)),
                Combinators.combine(payment, currency, amount).as((p, c, a) ->
                        new MoneyEvent.Refunded(UUID.randomUUID(), p, "rf", "tenant-a", c, a, AT)),
                Combinators.combine(payment, currency).as((p, c) ->
                        new MoneyEvent.Failed(UUID.randomUUID(), p, "tenant-a", c, AT)));
        return event.list().ofMaxSize(40);
    }

    @Property
    void valid_histories_are_booked_without_a_rejection_and_leave_every_book_consistent(
            @ForAll("lifecycles") List<Lifecycle> lifecycles, @ForAll long seed) {
        var ledger = new InMemoryLedger();
        interleave(lifecycles, new Random(seed)).forEach(ledger::apply);

        assertThat(ledger.outcomes).noneMatch(PostingOutcome.Rejected.class::isInstance);
        assertBooksAreConsistent(ledger);
        assertMerchantsAreOwedWhatWasCapturedLessRefunds(ledger);
    }

    @Property
    void any_sequence_of_events_valid_or_not_leaves_every_book_consistent(@ForAll("noise") List<MoneyEvent> events) {
        var ledger = new InMemoryLedger();
        events.forEach(ledger::apply);

        assertBooksAreConsistent(ledger);
    }

    private static void assertBooksAreConsistent(InMemoryLedger ledger) {
        Map<AccountRef, Long> fromPostings = new HashMap<>();
        Map<String, Long> trialBalance = new HashMap<>();
        for (JournalEntry entry : ledger.entries) {
            Map<Currency, Long> perCurrency = new HashMap<>();
            for (Posting p : entry.postings()) {
                perCurrency.merge(p.account().currency(), p.signed(), Long::sum);
                fromPostings.merge(p.account(), p.account().effectOf(p.side(), p.amount()), Long::sum);
                trialBalance.merge(p.account().tenantId() + "/" + p.account().currency(), p.signed(), Long::sum);
            }
            assertThat(perCurrency.values()).as("entry %s balances per currency", entry.sourceEventId())
                    .allMatch(sum -> sum == 0);
        }
        assertThat(ledger.balances).isEqualTo(fromPostings);
        assertThat(trialBalance.values()).allMatch(sum -> sum == 0);
        ledger.balances.forEach((account, balance) -> {
            if (account.code().guarded()) {
                assertThat(balance).as("guarded %s", account).isNotNegative();
            }
        });
        ledger.positions.values().forEach(position -> assertThat(position.holdPosted())
                .isLessThanOrEqualTo(position.holdAmount()));
    }

    private static void assertMerchantsAreOwedWhatWasCapturedLessRefunds(InMemoryLedger ledger) {
        Map<AccountRef, Long> owed = new HashMap<>();
        Map<AccountRef, Long> held = new HashMap<>();
        ledger.positions.values().forEach(position -> {
            owed.merge(new AccountRef(position.tenantId(), AccountCode.MERCHANT_PAYABLE, position.currency()),
                    position.captured() - position.refunded(), Long::sum);
            held.merge(new AccountRef(position.tenantId(), AccountCode.AUTHORIZATIONS_RECEIVABLE, position.currency()),
                    position.holdRemaining(), Long::sum);
        });
        owed.forEach((account, amount) -> assertThat(ledger.balance(account)).isEqualTo(amount));
        held.forEach((account, amount) -> assertThat(ledger.balance(account)).isEqualTo(amount));
    }

    /** Plays each lifecycle in its own order, picking the next payment at random, as Kafka keys interleave. */
    private static List<MoneyEvent> interleave(List<Lifecycle> lifecycles, Random random) {
        List<Deque<MoneyEvent>> queues = new ArrayList<>();
        for (int i = 0; i < lifecycles.size(); i++) {
            queues.add(new ArrayDeque<>(play("pay_" + i, lifecycles.get(i))));
        }
        List<MoneyEvent> events = new ArrayList<>();
        while (queues.stream().anyMatch(q -> !q.isEmpty())) {
            var open = queues.stream().filter(q -> !q.isEmpty()).toList();
            events.add(open.get(random.nextInt(open.size())).poll());
        }
        return events;
    }

    private static List<MoneyEvent> play(String paymentId, Lifecycle script) {
        Currency currency = CURRENCIES.get(script.currency());
        String tenant = script.tenant();
        List<MoneyEvent> events = new ArrayList<>();
        events.add(new MoneyEvent.Approved(UUID.randomUUID(), paymentId, tenant, currency, script.amount(),
                !script.manual(), AT));
        long captured = script.manual() ? 0 : script.amount();
        if (script.manual()) {
            long held = script.amount();
            for (int part : script.captureParts()) {
                long amount = Math.max(1, held * part / 100);
                if (held == 0) {
                    break;
                }
                events.add(new MoneyEvent.Captured(UUID.randomUUID(), paymentId, tenant, currency, amount, AT));
                held -= amount;
                captured += amount;
            }
            if (script.cancelRest() && held > 0) {
                events.add(new MoneyEvent.Canceled(UUID.randomUUID(), paymentId, tenant, currency, held, AT));
            }
        }
        long refundable = captured;
        for (int part : script.refundParts()) {
            if (refundable == 0) {
                break;
            }
            long amount = Math.max(1, refundable * part / 100);
            events.add(new MoneyEvent.Refunded(UUID.randomUUID(), paymentId, "rf_" + UUID.randomUUID(), tenant, currency,
                    amount, AT));
            refundable -= amount;
        }
        return events;
    }
}
