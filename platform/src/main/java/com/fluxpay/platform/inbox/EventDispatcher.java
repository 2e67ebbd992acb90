package com.fluxpay.platform.inbox;

import com.fluxpay.platform.event.EventCodec;
import com.fluxpay.platform.event.EventEnvelope;
import com.fluxpay.platform.event.MalformedEventException;
import com.fluxpay.platform.inbox.EventHandlers.Prepared;
import com.fluxpay.platform.inbox.EventHandlers.Row;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs envelopes through a consumer's {@link EventHandlers} and the {@link Inbox}. A consumer is a
 * {@code @KafkaListener} that hands each envelope (or each poll's batch) to {@code dispatch} with its table.
 *
 * <ul>
 *   <li>a row's handler runs in the inbox transaction, and what it writes is committed once per event; a
 *       redelivery changes nothing;</li>
 *   <li>an ignored type costs nothing: no decoding, no database round trip;</li>
 *   <li>a type no row handles and the table does not ignore is counted ({@code fluxpay.consumer.unhandled},
 *       tagged consumer, type and version) and logged, at WARN the first time per consumer and type, then at DEBUG;
 *       it never fails the record: it is a type this consumer has not learnt yet, not a broken record;</li>
 *   <li>a failure (a payload that does not bind, a handler that throws) propagates, so the container's error
 *       handler retries it and dead-letters it (see {@code DeadLetterRouting}); nothing of it was committed.</li>
 * </ul>
 *
 * <h2>Batches</h2>
 * {@link #dispatch(EventHandlers, List)} promises: the envelopes are applied in order; the effects of a batch may
 * share one inbox transaction; after-commit hooks run once per envelope, after the transaction holding its effect
 * committed; when one fails, every envelope before it is committed and none after it is applied, and the failure
 * names it ({@link BatchListenerFailedException} with its index). So Spring Kafka's error handler commits the
 * offsets before it, retries it alone and dead-letters it alone, and the rest of the batch comes again after it.
 *
 * <p>How: consecutive envelopes whose rows work only inside the transaction are applied in one transaction (one
 * commit instead of one per event). If that transaction fails, it rolls back whole and the same envelopes are
 * applied again one transaction each, up to the one that fails; a poison event so goes to the DLQ alone, and the
 * inbox keeps the others from being applied twice. A {@linkplain EventHandlers.Builder#onPlanned planned} row, whose
 * planning works outside any transaction (a PSP call) and must see the effects before it, ends the run: the
 * envelopes before it commit first, then it is applied in its own transaction. Ignored and unhandled types take no
 * part. A handler may so run again after a rolled-back attempt (as after any rolled-back retry): work outside the
 * database belongs in a planned row, never part of a shared transaction, or in an after-commit hook.
 *
 * <p>Tables are the same for both entry points: a consumer moves to batches by its listener's signature alone
 * ({@code @KafkaListener(..., batch = "true") void on(List<EventEnvelope> batch)}), and how batches are committed
 * can change here without any consumer changing.
 */
public final class EventDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);
    // bounds what is remembered as "already warned", should a producer invent types by the thousand
    private static final int MAX_WARNED = 1_000;

    private final Inbox inbox;
    private final EventCodec codec;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    public EventDispatcher(Inbox inbox, EventCodec codec, TransactionTemplate transactions, MeterRegistry meters) {
        this.inbox = inbox;
        this.codec = codec;
        this.transactions = transactions;
        this.meters = meters;
    }

    /** Applies one envelope through its row, once; what a record listener calls. */
    public void dispatch(EventHandlers handlers, EventEnvelope envelope) {
        Row<?> row = rowOrNote(handlers, envelope);
        if (row != null) {
            applyAlone(handlers, envelope, row.prepare(envelope, codec));
        }
    }

    /** Applies a poll's envelopes in order; what a batch listener calls. See "Batches" above. */
    public void dispatch(EventHandlers handlers, List<EventEnvelope> batch) {
        List<Pending> run = new ArrayList<>();
        for (int index = 0; index < batch.size(); index++) {
            EventEnvelope envelope = batch.get(index);
            if (envelope == null) {
                // what ErrorHandlingDeserializer leaves of a record it could not read
                commit(handlers, run);
                throw failed(index, new MalformedEventException("record " + index + " of the batch could not be read"));
            }
            Row<?> row = rowOrNote(handlers, envelope);
            if (row == null) {
                continue;
            }
            if (row.planned()) {
                commit(handlers, run);
                try {
                    applyAlone(handlers, envelope, row.prepare(envelope, codec));
                } catch (RuntimeException e) {
                    throw failed(index, e);
                }
                continue;
            }
            Prepared prepared;
            try {
                prepared = row.prepare(envelope, codec);
            } catch (RuntimeException e) {
                commit(handlers, run);
                throw failed(index, e);
            }
            run.add(new Pending(index, envelope, prepared));
        }
        commit(handlers, run);
    }

    private Row<?> rowOrNote(EventHandlers handlers, EventEnvelope envelope) {
        Row<?> row = handlers.rowFor(envelope);
        if (row == null && !handlers.ignores(envelope)) {
            unhandled(handlers.consumer(), envelope);
        }
        return row;
    }

    private void unhandled(String consumer, EventEnvelope envelope) {
        Counter.builder("fluxpay.consumer.unhandled")
                .description("events of a type the consumer's table neither handles nor ignores")
                .tag("consumer", consumer).tag("type", envelope.type())
                .tag("version", Integer.toString(envelope.schemaVersion()))
                .register(meters).increment();
        String key = consumer + '\n' + envelope.type() + '\n' + envelope.schemaVersion();
        if (warned.size() < MAX_WARNED && warned.add(key)) {
            LOG.warn("{} neither handles nor ignores {} v{} (event {} about {}): skipped; give it a row or ignore it. "
                            + "Counted in fluxpay.consumer.unhandled; further ones are logged at DEBUG",
                    consumer, envelope.type(), envelope.schemaVersion(), envelope.id(), envelope.subject());
        } else {
            LOG.debug("{} skipped unhandled {} v{} (event {} about {})", consumer, envelope.type(),
                    envelope.schemaVersion(), envelope.id(), envelope.subject());
        }
    }

    /** The envelopes gathered so far, in one transaction; one transaction each if that fails. */
    private void commit(EventHandlers handlers, List<Pending> run) {
        if (run.isEmpty()) {
            return;
        }
        List<Pending> pending = List.copyOf(run);
        run.clear();
        if (pending.size() == 1) {
            applyAloneInBatch(handlers, pending.getFirst());
            return;
        }
        List<Outcome> outcomes;
        try {
            outcomes = transactions.execute(status -> pending.stream().map(p -> receive(handlers, p)).toList());
        } catch (RuntimeException e) {
            LOG.debug("{}: a batch of {} failed in one transaction ({}); applying them one by one",
                    handlers.consumer(), pending.size(), e.toString());
            pending.forEach(p -> applyAloneInBatch(handlers, p));
            return;
        }
        // every envelope's hooks run, even after one failed: all of them are committed, and a redelivery would find
        // them applied and so not run a row's hook again
        RuntimeException firstFailure = null;
        int failedIndex = -1;
        for (int i = 0; i < pending.size(); i++) {
            try {
                afterCommit(handlers, pending.get(i), outcomes.get(i));
            } catch (RuntimeException e) {
                if (firstFailure == null) {
                    firstFailure = e;
                    failedIndex = pending.get(i).index();
                }
            }
        }
        if (firstFailure != null) {
            throw failed(failedIndex, firstFailure);
        }
    }

    private void applyAloneInBatch(EventHandlers handlers, Pending pending) {
        try {
            applyAlone(handlers, pending.envelope(), pending.prepared());
        } catch (RuntimeException e) {
            throw failed(pending.index(), e);
        }
    }

    private void applyAlone(EventHandlers handlers, EventEnvelope envelope, Prepared prepared) {
        var pending = new Pending(0, envelope, prepared);
        afterCommit(handlers, pending, receive(handlers, pending));
    }

    /** Inbox record and effect, in the current transaction if there is one (a batch's), else in their own. */
    private Outcome receive(EventHandlers handlers, Pending pending) {
        Effect effect = pending.prepared().effect();
        if (effect.isNone()) {
            return new Outcome(Outcome.Kind.NOT_RECORDED, null);
        }
        Object[] result = new Object[1];
        boolean applied = inbox.receive(handlers.consumer(), pending.envelope(), pending.prepared().deduplicationId(),
                () -> result[0] = effect.run());
        return new Outcome(applied ? Outcome.Kind.APPLIED : Outcome.Kind.DUPLICATE, result[0]);
    }

    private static void afterCommit(EventHandlers handlers, Pending pending, Outcome outcome) {
        Effect effect = pending.prepared().effect();
        switch (outcome.kind()) {
            case NOT_RECORDED -> {
                return;
            }
            case APPLIED -> effect.committed(outcome.result());
            case DUPLICATE -> effect.duplicate();
        }
        handlers.committed(pending.envelope());
    }

    private static BatchListenerFailedException failed(int index, RuntimeException cause) {
        return new BatchListenerFailedException("envelope " + index + " of the batch failed: " + cause.getMessage(),
                cause, index);
    }

    private record Pending(int index, EventEnvelope envelope, Prepared prepared) {
    }

    private record Outcome(Kind kind, Object result) {
        enum Kind { APPLIED, DUPLICATE, NOT_RECORDED }
    }
}
