package com.fluxpay.payment.application;

import com.fluxpay.payment.application.port.ChargeResult;
import com.fluxpay.payment.application.port.PaymentProvider;
import com.fluxpay.payment.application.port.Payments;
import com.fluxpay.payment.domain.Payment;
import com.fluxpay.payment.domain.PaymentState;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Resolves payments whose PSP outcome we do not know: UNKNOWN (the answer was lost) and PROCESSING ones older
 * than {@code settleAfter} (we crashed between committing the attempt and hearing back). It ASKS the PSP by
 * reference and idempotency key and never sends a charge: resending after a lost answer is how customers get
 * charged twice. Only a PSP that answers "no such charge" lets us treat the payment as not charged; a PSP that
 * does not answer leaves it for the next run.
 *
 * <p>{@code settleAfter} must be longer than a charge call can take (connect + read timeout, plus failover),
 * or a charge still in flight could be looked up too early and found missing.
 */
public final class ReconcilingUnknownPayments {

    private static final System.Logger LOG = System.getLogger(ReconcilingUnknownPayments.class.getName());

    private final Payments payments;
    private final PaymentProviders providers;
    private final SettlingCharge settling;
    private final Clock clock;
    private final Duration settleAfter;
    private final int batchSize;

    public ReconcilingUnknownPayments(Payments payments, PaymentProviders providers, SettlingCharge settling,
                                      Clock clock, Duration settleAfter, int batchSize) {
        this.payments = payments;
        this.providers = providers;
        this.settling = settling;
        this.clock = clock;
        this.settleAfter = settleAfter;
        this.batchSize = batchSize;
    }

    /** One pass; returns how many payments ended in each state (those still unresolved included). */
    public Map<PaymentState, Integer> run() {
        Map<PaymentState, Integer> result = new EnumMap<>(PaymentState.class);
        for (Payment payment : payments.unresolvedSince(clock.instant().minus(settleAfter), batchSize)) {
            var state = reconcile(payment);
            result.merge(state, 1, Integer::sum);
        }
        return result;
    }

    private PaymentState reconcile(Payment payment) {
        if (providers.named(payment.psp()).isEmpty()) {
            LOG.log(System.Logger.Level.ERROR, "payment {0} went to {1}, which has no connector any more",
                    payment.id(), payment.psp());
            return payment.state();
        }
        return settling.settle(payment.id(), ask(payment));
    }

    /**
     * Asks the payment's PSP what became of its charge; moves no money and changes nothing here. Also used when
     * a PSP's webhook says something happened: what the PSP's API answers is what counts.
     */
    public ChargeResult ask(Payment payment) {
        var provider = providers.named(payment.psp());
        if (provider.isEmpty()) {
            return new ChargeResult.Unknown("no connector for " + payment.psp());
        }
        try {
            return provider.get().lookup(new PaymentProvider.ChargeLookup(payment.id().value(),
                    payment.orderId().value(), payment.attemptKey(), payment.pspReference().orElse(null),
                    payment.snapshot().createdAt()));
        } catch (RuntimeException e) {
            return new ChargeResult.Unknown("lookup failed: " + e);
        }
    }
}
