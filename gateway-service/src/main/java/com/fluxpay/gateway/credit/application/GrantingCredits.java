package com.fluxpay.gateway.credit.application;

import com.fluxpay.gateway.command.TenantId;
import com.fluxpay.contracts.credit.CreditAccountIds;
import com.fluxpay.gateway.command.CommandOutcome;
import com.fluxpay.gateway.credit.application.port.CreditCommands;
import com.fluxpay.gateway.credit.application.port.CreditViews;
import com.fluxpay.gateway.credit.domain.CreditGrantView;
import com.fluxpay.gateway.credit.domain.GrantRequest;
import com.fluxpay.gateway.idempotency.domain.RequestFingerprint;
import com.fluxpay.gateway.readmodel.application.Awaiting;
import java.time.Clock;
import java.time.Instant;

/**
 * Gives a customer free credits: credit-service books the grant (it owns the account and its rules); the gateway
 * waits a bounded time for {@code credit.granted} and answers with the balance the grant left.
 */
public final class GrantingCredits {

    private final CreditCommands commands;
    private final CreditViews views;
    private final Clock clock;
    private final Awaiting awaiting;

    public GrantingCredits(CreditCommands commands, CreditViews views, Clock clock, Awaiting awaiting) {
        this.commands = commands;
        this.views = views;
        this.clock = clock;
        this.awaiting = awaiting;
    }

    public CommandOutcome<CreditGrantView> grant(TenantId tenantId, GrantRequest request, String idempotencyKey) {
        var violations = request.violations();
        if (!violations.isEmpty()) {
            return CommandOutcome.invalid(violations);
        }
        String grantId = RequestFingerprint.idFor("grt_", tenantId, idempotencyKey);
        Instant now = clock.instant();
        var grant = new CreditGrantView(grantId, tenantId.value(), request.customerId(), request.unit(), request.credits(),
                request.expiresAt(), request.reasonOrDefault(), CreditGrantView.REQUESTED, null, null, null, now, now);
        commands.grant(grant);
        // credit-service's events are keyed by the account: that is what this instance's consumer rings
        String accountId = CreditAccountIds.of(tenantId.value(), request.customerId(), request.unit());
        return awaiting.until(accountId, () -> views.findGrant(tenantId, grantId).filter(CreditGrantView::isSettled))
                .map(view -> CreditGrantView.REJECTED.equals(view.status())
                        ? new CommandOutcome.Refused<>(view.failureCode(),
                                "Credit-service refused the grant: " + view.failureReason(), view)
                        : new CommandOutcome.Done<>(grantId, view, true))
                .orElseGet(() -> new CommandOutcome.Accepted<>(grantId, views.findGrant(tenantId, grantId).orElse(null)));
    }
}
