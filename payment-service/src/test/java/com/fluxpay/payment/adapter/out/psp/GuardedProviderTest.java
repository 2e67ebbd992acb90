package com.fluxpay.payment.adapter.out.psp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fluxpay.payment.application.port.ChargeResult;
import com.fluxpay.payment.application.port.OperationResult;
import com.fluxpay.payment.application.port.PaymentProvider;
import com.fluxpay.payment.application.port.PspUnavailableException;
import com.fluxpay.payment.domain.CaptureMode;
import com.fluxpay.payment.domain.Money;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GuardedProviderTest {

    /** A PSP that answers every charge the same way and counts what reached it. */
    private static final class Scripted implements PaymentProvider {
        final AtomicInteger calls = new AtomicInteger();
        final ChargeResult answer;

        Scripted(ChargeResult answer) {
            this.answer = answer;
        }

        public String name() {
            return "scripted";
        }

        public ChargeResult charge(Charge charge) {
            calls.incrementAndGet();
            return answer;
        }

        public ChargeResult lookup(ChargeLookup lookup) {
            calls.incrementAndGet();
            return answer;
        }

        public OperationResult capture(Operation operation) {
            calls.incrementAndGet();
            return new OperationResult.Done("ch_1", false);
        }

        public OperationResult cancel(Operation operation) {
            return capture(operation);
        }

        public OperationResult refund(Operation operation) {
            return capture(operation);
        }
    }

    private static final PaymentProvider.Charge CHARGE = PspStub.charge("tok", CaptureMode.AUTOMATIC,
            Money.of(100, "KRW"));

    private static CircuitBreaker breaker() {
        return CircuitBreaker.of("scripted", CircuitBreakerConfig.custom().slidingWindowSize(4)
                .minimumNumberOfCalls(4).failureRateThreshold(50).build());
    }

    @Test
    void an_open_circuit_sends_nothing_and_says_so_which_allows_failover() {
        var psp = new Scripted(new ChargeResult.Approved("ch_1"));
        var breaker = breaker();
        breaker.transitionToOpenState();

        var result = new GuardedProvider(psp, breaker).charge(CHARGE);

        assertThat(result).isEqualTo(new ChargeResult.NotCharged("circuit of scripted is open", true));
        assertThat(psp.calls).hasValue(0);
    }

    @Test
    void lost_answers_open_the_circuit_and_declines_do_not() {
        var lost = new GuardedProvider(new Scripted(new ChargeResult.Unknown("timeout")), breaker());
        var declining = new GuardedProvider(new Scripted(new ChargeResult.Declined("card_declined", "")), breaker());
        for (int i = 0; i < 4; i++) {
            lost.charge(CHARGE);
            declining.charge(CHARGE);
        }

        assertThat(lost.charge(CHARGE)).isInstanceOf(ChargeResult.NotCharged.class);
        assertThat(declining.charge(CHARGE)).isInstanceOf(ChargeResult.Declined.class);
    }

    @Test
    void with_an_open_circuit_a_lookup_stays_unknown_and_a_refund_waits_for_a_retry() {
        var psp = new Scripted(new ChargeResult.Approved("ch_1"));
        var breaker = breaker();
        breaker.transitionToOpenState();
        var guarded = new GuardedProvider(psp, breaker);

        assertThat(guarded.lookup(new PaymentProvider.ChargeLookup("pay_1", "ord_1", "k", null, Instant.EPOCH)))
                .isInstanceOf(ChargeResult.Unknown.class);
        assertThatThrownBy(() -> guarded.refund(new PaymentProvider.Operation("ch_1", "pay_1", Money.of(1, "KRW"),
                "re_1", null))).isInstanceOf(PspUnavailableException.class);
        assertThat(psp.calls).hasValue(0);
    }
}
