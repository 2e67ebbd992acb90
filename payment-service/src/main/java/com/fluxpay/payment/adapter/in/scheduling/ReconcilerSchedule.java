package com.fluxpay.payment.adapter.in.scheduling;

import com.fluxpay.payment.application.ReconcilingUnknownPayments;
import com.fluxpay.payment.application.ReturningStrayCharges;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Asks the PSPs about unresolved payments, then gives back stray charges, on a fixed delay (one pass at a
 * time per instance).
 */
public class ReconcilerSchedule {

    private final ReconcilingUnknownPayments reconciling;
    private final ReturningStrayCharges returning;

    public ReconcilerSchedule(ReconcilingUnknownPayments reconciling, ReturningStrayCharges returning) {
        this.reconciling = reconciling;
        this.returning = returning;
    }

    @Scheduled(fixedDelayString = "${fluxpay.payment.reconciler.interval:30s}",
            initialDelayString = "${fluxpay.payment.reconciler.interval:30s}")
    public void reconcile() {
        reconciling.run();
        returning.run();
    }
}
