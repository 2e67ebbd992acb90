package com.fluxpay.credit.adapter.in.scheduling;

import com.fluxpay.credit.application.SettlingDueCredits;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the sweeper: each run books the time-outs and expiries of at most {@code batch} due accounts, earliest due
 * first, one transaction each; the next run takes the next ones.
 */
public class ScheduledCreditSettlement {

    private final SettlingDueCredits settling;
    private final int batch;

    public ScheduledCreditSettlement(SettlingDueCredits settling, int batch) {
        this.settling = settling;
        this.batch = batch;
    }

    @Scheduled(fixedDelayString = "${fluxpay.credit.sweep.interval:PT5S}",
            initialDelayString = "${fluxpay.credit.sweep.interval:PT5S}")
    public void runScheduled() {
        settling.settleDue(batch);
    }
}
