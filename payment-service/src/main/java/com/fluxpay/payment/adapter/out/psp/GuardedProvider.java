package com.fluxpay.payment.adapter.out.psp;

import com.fluxpay.payment.application.port.ChargeResult;
import com.fluxpay.payment.application.port.OperationResult;
import com.fluxpay.payment.application.port.PaymentProvider;
import com.fluxpay.payment.application.port.PspUnavailableException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A PSP behind its circuit breaker. An open circuit sends nothing, so a charge refused by it is
 * {@code NotCharged(neverSent)}: the one case besides a refused connection where the next PSP may be tried.
 * Lost answers and refused connections count as failures; declines are the PSP working normally. The time
 * limit of each call is the connector's own connect and read timeout: a limiter that abandons a request
 * already sent would not make its outcome any less unknown.
 */
public class GuardedProvider implements PaymentProvider {

    private final PaymentProvider psp;
    private final CircuitBreaker breaker;

    public GuardedProvider(PaymentProvider psp, CircuitBreaker breaker) {
        this.psp = psp;
        this.breaker = breaker;
    }

    @Override
    public String name() {
        return psp.name();
    }

    @Override
    public ChargeResult charge(Charge charge) {
        if (!breaker.tryAcquirePermission()) {
            return new ChargeResult.NotCharged("circuit of " + name() + " is open", true);
        }
        return record(() -> psp.charge(charge));
    }

    @Override
    public ChargeResult lookup(ChargeLookup lookup) {
        if (!breaker.tryAcquirePermission()) {
            return new ChargeResult.Unknown("circuit of " + name() + " is open");
        }
        return record(() -> psp.lookup(lookup));
    }

    @Override
    public OperationResult capture(Operation operation) {
        return guard(() -> psp.capture(operation));
    }

    @Override
    public OperationResult cancel(Operation operation) {
        return guard(() -> psp.cancel(operation));
    }

    @Override
    public OperationResult refund(Operation operation) {
        return guard(() -> psp.refund(operation));
    }

    private ChargeResult record(Supplier<ChargeResult> call) {
        long start = System.nanoTime();
        ChargeResult result;
        try {
            result = call.get();
        } catch (RuntimeException e) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            throw e;
        }
        long took = System.nanoTime() - start;
        if (result instanceof ChargeResult.Unknown || result instanceof ChargeResult.NotCharged n && n.neverSent()) {
            breaker.onError(took, TimeUnit.NANOSECONDS, new IllegalStateException(result.toString()));
        } else {
            breaker.onSuccess(took, TimeUnit.NANOSECONDS);
        }
        return result;
    }

    private OperationResult guard(Supplier<OperationResult> call) {
        if (!breaker.tryAcquirePermission()) {
            throw new PspUnavailableException("circuit of " + name() + " is open", null);
        }
        long start = System.nanoTime();
        try {
            var result = call.get();
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return result;
        } catch (RuntimeException e) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            throw e;
        }
    }
}
