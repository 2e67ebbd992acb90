package com.fluxpay.gateway.readmodel.application;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wakes requests that wait for a read model as soon as this instance has projected an event for the
 * aggregate they wait on, instead of leaving them to their next poll. Polling stays as the fallback: with
 * several gateway instances the event may be projected by another one, and a signal is only a hint to look.
 */
public final class ProjectionSignals {

    private final ConcurrentHashMap<String, Set<Watch>> watches = new ConcurrentHashMap<>();
    private final AtomicInteger waiting = new AtomicInteger();

    /** Call after the projection committed: the waiters on {@code aggregateId} look again now. */
    public void projected(String aggregateId) {
        var watching = watches.get(aggregateId);
        if (watching != null) {
            watching.forEach(Watch::ring);
        }
    }

    /** Opened before the first look, so a projection between that look and the wait is not missed. */
    Watch watch(String aggregateId) {
        var watch = new Watch(aggregateId);
        waiting.incrementAndGet();
        watches.computeIfAbsent(aggregateId, id -> ConcurrentHashMap.newKeySet()).add(watch);
        return watch;
    }

    /** How many aggregates have someone waiting. */
    int watched() {
        return watches.size();
    }

    /** How many requests wait on this instance now. */
    public int waiting() {
        return waiting.get();
    }

    final class Watch implements AutoCloseable {

        private final String aggregateId;
        private final Semaphore rings = new Semaphore(0);

        private Watch(String aggregateId) {
            this.aggregateId = aggregateId;
        }

        private void ring() {
            rings.release();
        }

        /** Waits until rung or {@code millis} passed; true when rung. */
        boolean await(long millis) throws InterruptedException {
            boolean rung = rings.tryAcquire(millis, TimeUnit.MILLISECONDS);
            rings.drainPermits();
            return rung;
        }

        @Override
        public void close() {
            waiting.decrementAndGet();
            watches.computeIfPresent(aggregateId, (id, set) -> {
                set.remove(this);
                return set.isEmpty() ? null : set;
            });
        }
    }
}
