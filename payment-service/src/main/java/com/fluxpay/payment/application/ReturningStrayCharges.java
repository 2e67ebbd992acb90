package com.fluxpay.payment.application;

import com.fluxpay.payment.application.port.OperationResult;
import com.fluxpay.payment.application.port.PaymentEvents;
import com.fluxpay.payment.application.port.PaymentProvider;
import com.fluxpay.payment.application.port.Payments;
import com.fluxpay.payment.application.port.PspUnavailableException;
import com.fluxpay.payment.application.port.StrayCharges;
import com.fluxpay.payment.domain.CaptureMode;
import com.fluxpay.payment.domain.Payment;
import com.fluxpay.platform.transactions.Transactions;
import java.time.Clock;

/**
 * Gives back charges a PSP approved for payments already failed here: a purchase is refunded in full, an
 * authorization voided. The PSP is called outside any transaction with {@code stray-<payment id>} as the
 * Idempotency-Key, so a crash or a retry after a lost answer replays the PSP's first answer instead of
 * returning the money twice. A PSP that does not answer leaves the charge for the next pass.
 */
public final class ReturningStrayCharges {

    private static final System.Logger LOG = System.getLogger(ReturningStrayCharges.class.getName());
    static final String REASON = "approved after FluxPay had failed the payment";

    private final StrayCharges strays;
    private final Payments payments;
    private final PaymentProviders providers;
    private final PaymentEvents events;
    private final Transactions transactions;
    private final Clock clock;
    private final int batchSize;

    public ReturningStrayCharges(StrayCharges strays, Payments payments, PaymentProviders providers,
                                 PaymentEvents events, Transactions transactions, Clock clock, int batchSize) {
        this.strays = strays;
        this.payments = payments;
        this.providers = providers;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** One pass; returns how many were given back. */
    public int run() {
        int returned = 0;
        for (var stray : strays.toReturn(batchSize)) {
            if (giveBack(stray)) {
                returned++;
            }
        }
        return returned;
    }

    private boolean giveBack(StrayCharges.Stray stray) {
        var payment = payments.find(stray.paymentId()).orElseThrow();
        var provider = providers.named(payment.psp());
        if (provider.isEmpty()) {
            LOG.log(System.Logger.Level.ERROR, "stray charge {0} is at {1}, which has no connector", stray, payment.psp());
            return false;
        }
        var operation = new PaymentProvider.Operation(stray.pspReference(), payment.id().value(), payment.amount(),
                "stray-" + payment.id().value(), REASON);
        try {
            var answer = payment.captureMode() == CaptureMode.AUTOMATIC
                    ? provider.get().refund(operation) : provider.get().cancel(operation);
            return settle(payment, stray, answer);
        } catch (PspUnavailableException e) {
            LOG.log(System.Logger.Level.WARNING, "stray charge {0}: {1} did not answer; next pass", stray, payment.psp());
            return false;
        }
    }

    private boolean settle(Payment payment, StrayCharges.Stray stray, OperationResult answer) {
        var now = clock.instant();
        return transactions.inTransaction(() -> switch (answer) {
            case OperationResult.Done done -> {
                strays.returned(payment.id(), now);
                events.strayChargeReturned(payment, stray.pspReference(), now);
                yield true;
            }
            case OperationResult.Refused refused -> {
                LOG.log(System.Logger.Level.ERROR, "{0} refused to give back stray charge {1}: {2}; a human must",
                        payment.psp(), stray, refused.code());
                strays.refused(payment.id(), refused.code(), now);
                yield false;
            }
        });
    }
}
