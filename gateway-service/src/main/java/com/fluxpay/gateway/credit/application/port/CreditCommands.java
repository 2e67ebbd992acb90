package com.fluxpay.gateway.credit.application.port;

import com.fluxpay.gateway.credit.domain.CreditGrantView;
import com.fluxpay.gateway.credit.domain.CreditUsageView;
import java.time.Instant;

/**
 * Sends grants to credit-service and usages on the usage topic, each with its REQUESTED row in the same
 * transaction. Sending the same grant or usage id again changes nothing at credit-service.
 */
public interface CreditCommands {

    void grant(CreditGrantView grant);

    void requestUsage(CreditUsageView usage, Long timeoutSeconds);

    void completeUsage(CreditUsageView usage, long credits, Instant at);

    void failUsage(CreditUsageView usage, String reason, Instant at);
}
