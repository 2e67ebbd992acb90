package com.fluxpay.gateway.credit.adapter.out.outbox;

import com.fluxpay.contracts.credit.CreditEventTypes;
import com.fluxpay.contracts.credit.GrantCredits;
import com.fluxpay.contracts.credit.ServiceUsageCompleted;
import com.fluxpay.contracts.credit.ServiceUsageFailed;
import com.fluxpay.contracts.credit.ServiceUsageRequested;
import com.fluxpay.gateway.credit.application.UsingCredits;
import com.fluxpay.gateway.credit.application.port.CreditCommands;
import com.fluxpay.gateway.credit.application.port.CreditProjection;
import com.fluxpay.gateway.credit.domain.CreditGrantView;
import com.fluxpay.gateway.credit.domain.CreditUsageView;
import com.fluxpay.platform.outbox.Outbox;
import com.fluxpay.platform.transactions.Transactions;
import java.time.Instant;

/**
 * A grant goes to fluxpay.credit.commands keyed by its account; a usage's messages go to fluxpay.service.usage
 * keyed by the usage id, as any client service sends them, the tenant in {@code ce_tenantid}. The REQUESTED row
 * and its message commit together, or neither does.
 */
public class OutboxCreditCommands implements CreditCommands {

    private final Transactions transactions;
    private final CreditProjection views;
    private final Outbox outbox;

    public OutboxCreditCommands(Transactions transactions, CreditProjection views, Outbox outbox) {
        this.transactions = transactions;
        this.views = views;
        this.outbox = outbox;
    }

    @Override
    public void grant(CreditGrantView grant) {
        String accountId = com.fluxpay.contracts.credit.CreditAccountIds.of(grant.tenantId(), grant.customerId(),
                grant.unit());
        transactions.run(() -> {
            views.insertRequested(grant);
            outbox.append(CreditEventTypes.GRANT, accountId, grant.tenantId(), new GrantCredits(grant.id(),
                    grant.tenantId(), grant.customerId(), grant.unit(), grant.quantity(), null, grant.expiresAt(),
                    grant.reason(), grant.requestedAt()));
        });
    }

    @Override
    public void requestUsage(CreditUsageView usage, Long timeoutSeconds) {
        transactions.run(() -> {
            views.insertRequested(usage);
            outbox.append(CreditEventTypes.USAGE_REQUESTED, usage.usageId(), usage.tenantId(),
                    new ServiceUsageRequested(usage.usageId(), usage.customerId(), usage.unit(),
                            UsingCredits.CLIENT_SERVICE, usage.feature(), usage.quantity(), timeoutSeconds,
                            usage.requestedAt()));
        });
    }

    @Override
    public void completeUsage(CreditUsageView usage, long credits, Instant at) {
        transactions.run(() -> outbox.append(CreditEventTypes.USAGE_COMPLETED, usage.usageId(), usage.tenantId(),
                new ServiceUsageCompleted(usage.usageId(), credits, at)));
    }

    @Override
    public void failUsage(CreditUsageView usage, String reason, Instant at) {
        transactions.run(() -> outbox.append(CreditEventTypes.USAGE_FAILED, usage.usageId(), usage.tenantId(),
                new ServiceUsageFailed(usage.usageId(), reason, at)));
    }
}
