package com.fluxpay.payment.adapter.in.scheduling;

import com.fluxpay.payment.application.ReconcilingUnknownPayments;
import org.springframework.scheduling.annotation.Scheduled;

/** Asks the PSPs about unresolved payments on a fixed delay (one pass at a time per instance). */
public class ReconcilerSchedule {

    private final ReconcilingUnknownPayments reconciling;

    public ReconcilerSchedule(ReconcilingUnknownPayments reconciling) {
        this.reconciling = reconciling;
    }

    @Scheduled(fixedDelayString = "${fluxpay.payment.reconciler.interval:30s}",
            initialDelayString = "${fluxpay.payment.reconciler.interval:30s}")
    public void reconcile() {
        reconciling.run();
    }
}
