package com.fluxpay.notification.adapter.in.scheduling;

import com.fluxpay.notification.application.DispatchingDeliveries;
import com.fluxpay.notification.application.port.ClaimedDelivery;
import com.fluxpay.notification.domain.AttemptResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Polls Postgres for due deliveries and sends each on a virtual thread. The database is the queue: nothing
 * here survives a restart, and nothing needs to. At most {@code maxInFlight} attempts run in this instance
 * (the claim never takes more than there are free permits), and the claim itself limits attempts per
 * endpoint, so a slow receiver ties up a few threads, never the service.
 */
public class DeliveryDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final DispatchingDeliveries dispatching;
    private final Duration pollInterval;
    private final Duration shutdownGrace;
    private final int maxInFlight;
    private final Semaphore permits;
    private final Counter succeeded;
    private final Counter failed;
    private final Timer latency;
    private volatile boolean running;
    private ScheduledExecutorService poller;
    private ExecutorService workers;

    public DeliveryDispatcher(DispatchingDeliveries dispatching, Duration pollInterval, int maxInFlight,
                              Duration shutdownGrace, MeterRegistry meters) {
        this.dispatching = dispatching;
        this.pollInterval = pollInterval;
        this.maxInFlight = maxInFlight;
        this.shutdownGrace = shutdownGrace;
        this.permits = new Semaphore(maxInFlight);
        this.succeeded = Counter.builder("fluxpay.webhook.attempts").tag("outcome", "succeeded")
                .description("webhook POSTs answered 2xx").register(meters);
        this.failed = Counter.builder("fluxpay.webhook.attempts").tag("outcome", "failed")
                .description("webhook POSTs that failed (status, timeout, refused)").register(meters);
        this.latency = Timer.builder("fluxpay.webhook.attempt.latency").description("one webhook POST")
                .register(meters);
        meters.gauge("fluxpay.webhook.in.flight", permits, p -> maxInFlight - p.availablePermits());
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("webhook-", 0).factory());
        poller = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("webhook-poller")
                .factory());
        poller.scheduleWithFixedDelay(this::poll, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void poll() {
        try {
            for (ClaimedDelivery claim : dispatching.claim(permits.availablePermits())) {
                permits.acquireUninterruptibly();
                workers.submit(() -> send(claim));
            }
        } catch (RuntimeException e) {
            // the database may be away for a moment; the next poll tries again, leases keep rows safe
            log.warn("claiming due webhook deliveries failed: {}", e.toString());
        }
    }

    private void send(ClaimedDelivery claim) {
        try {
            AttemptResult result = dispatching.deliver(claim);
            (result.succeeded() ? succeeded : failed).increment();
            latency.record(Duration.ofMillis(result.latencyMillis()));
        } catch (RuntimeException e) {
            // the lease runs out and the delivery is tried again: at least once, never lost
            log.warn("webhook delivery {} attempt {} could not be completed: {}", claim.deliveryId(), claim.attempt(),
                    e.toString());
        } finally {
            permits.release();
        }
    }

    /** Stops claiming; attempts in flight get {@code shutdownGrace} to finish and record their outcome. */
    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        poller.shutdownNow();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(shutdownGrace.toMillis(), TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
