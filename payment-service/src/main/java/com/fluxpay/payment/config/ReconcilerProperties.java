package com.fluxpay.payment.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fluxpay.payment.reconciler.*}. {@code settleAfter}: how old a PROCESSING or UNKNOWN payment must be
 * before the PSP is asked about it; longer than any charge call (timeouts and failover) can take.
 */
@ConfigurationProperties("fluxpay.payment.reconciler")
public record ReconcilerProperties(@DefaultValue("30s") Duration interval, @DefaultValue("2m") Duration settleAfter,
                                   @DefaultValue("100") int batchSize) {
}
