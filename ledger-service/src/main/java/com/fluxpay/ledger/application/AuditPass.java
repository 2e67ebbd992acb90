package com.fluxpay.ledger.application;

import com.fluxpay.platform.transactions.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * How both auditors run a pass: in one transaction (a mismatch row and its outbox event commit together, and
 * instances that audit at once report a mismatch once), over what settled before the grace period, which lets events
 * still on their way (posting in another consumer group, a grant after its payment on another topic) catch up before
 * their absence counts.
 */
final class AuditPass {

    /** {@code settled}: only what was recorded up to it is judged. */
    record Window(Instant now, Instant settled) {
    }

    private final Clock clock;
    private final Duration gracePeriod;
    private final Transactions transactions;

    AuditPass(Clock clock, Duration gracePeriod, Transactions transactions) {
        this.clock = clock;
        this.gracePeriod = gracePeriod;
        this.transactions = transactions;
    }

    <R> R run(Function<Window, R> pass) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            return pass.apply(new Window(now, now.minus(gracePeriod)));
        });
    }
}
