package com.fluxpay.gateway.credit.application;

import com.fluxpay.gateway.command.TenantId;
import com.fluxpay.contracts.credit.CreditAccountIds;
import com.fluxpay.contracts.error.ErrorCode;
import com.fluxpay.gateway.command.CommandOutcome;
import com.fluxpay.gateway.credit.application.port.CreditCommands;
import com.fluxpay.gateway.credit.application.port.CreditViews;
import com.fluxpay.gateway.credit.domain.CreditUsageView;
import com.fluxpay.gateway.credit.domain.UsageRequest;
import com.fluxpay.gateway.idempotency.domain.RequestFingerprint;
import com.fluxpay.gateway.readmodel.application.Awaiting;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * The usage saga over HTTP: hold credits for a usage (credit-service reserves or refuses), then complete it
 * (charge what it used, the rest goes back) or fail it (all goes back). Each step waits a bounded time for the
 * event that answers it; credit-service decides, the gateway only checks what it can see.
 */
public final class UsingCredits {

    /** What a usage started over HTTP names as its client service on the usage topic. */
    public static final String CLIENT_SERVICE = "gateway-api";

    private final CreditCommands commands;
    private final CreditViews views;
    private final Clock clock;
    private final Awaiting awaiting;

    public UsingCredits(CreditCommands commands, CreditViews views, Clock clock, Awaiting awaiting) {
        this.commands = commands;
        this.views = views;
        this.clock = clock;
        this.awaiting = awaiting;
    }

    public CommandOutcome<CreditUsageView> request(TenantId tenantId, UsageRequest request, String idempotencyKey) {
        var violations = request.violations();
        if (!violations.isEmpty()) {
            return CommandOutcome.invalid(violations);
        }
        String usageId = RequestFingerprint.idFor("use_", tenantId, idempotencyKey);
        Instant now = clock.instant();
        var usage = new CreditUsageView(usageId, tenantId.value(), CreditAccountIds.of(tenantId.value(), request.customerId(),
                request.unit()), request.customerId(), request.unit(), request.feature(), request.credits(), 0,
                CreditUsageView.REQUESTED, null, null, null, null, null, now, now);
        commands.requestUsage(usage, request.timeoutSeconds());
        return awaiting.until(usage.accountId(), () -> views.findUsage(tenantId, usageId)
                        .filter(CreditUsageView::isAnswered))
                .map(view -> CreditUsageView.REJECTED.equals(view.status())
                        ? new CommandOutcome.Refused<>(view.failureCode(),
                                "Credit-service held nothing for the usage: " + view.failureReason(), view)
                        : new CommandOutcome.Done<>(usageId, view, true))
                .orElseGet(() -> new CommandOutcome.Accepted<>(usageId, views.findUsage(tenantId, usageId).orElse(null)));
    }

    /** Charges {@code credits} (0 up to what is held) of a reserved usage; the rest goes back. */
    public CommandOutcome<CreditUsageView> complete(TenantId tenantId, String usageId, Long credits) {
        var found = views.findUsage(tenantId, usageId);
        if (found.isEmpty()) {
            return CommandOutcome.notFound("Usage", usageId);
        }
        var usage = found.get();
        switch (usage.status()) {
            case CreditUsageView.CONSUMED -> {
                return new CommandOutcome.Done<>(usageId, usage, false);
            }
            case CreditUsageView.RESERVED -> { }
            default -> {
                return notAllowed(usage, "complete");
            }
        }
        var violations = UsageRequest.completionViolations(credits, usage.quantity());
        if (!violations.isEmpty()) {
            return CommandOutcome.invalid(violations);
        }
        commands.completeUsage(usage, credits, clock.instant());
        return awaitStatus(usage, view -> CreditUsageView.CONSUMED.equals(view.status()));
    }

    /** Gives back everything a usage holds: it did not happen. */
    public CommandOutcome<CreditUsageView> fail(TenantId tenantId, String usageId, String reason) {
        var found = views.findUsage(tenantId, usageId);
        if (found.isEmpty()) {
            return CommandOutcome.notFound("Usage", usageId);
        }
        var usage = found.get();
        switch (usage.status()) {
            case CreditUsageView.RELEASED, CreditUsageView.REJECTED -> {
                // nothing is held: what was asked is already so
                return new CommandOutcome.Done<>(usageId, usage, false);
            }
            case CreditUsageView.CONSUMED -> {
                return notAllowed(usage, "fail");
            }
            default -> { }
        }
        commands.failUsage(usage, reason, clock.instant());
        // a usage failed before its hold was answered is released, or was never held (rejected)
        return awaitStatus(usage, CreditUsageView::isFinished);
    }

    private CommandOutcome<CreditUsageView> awaitStatus(CreditUsageView usage, Predicate<CreditUsageView> done) {
        return awaiting.until(usage.accountId(), () -> views.findUsage(TenantId.of(usage.tenantId()), usage.usageId())
                        .filter(done))
                .<CommandOutcome<CreditUsageView>>map(view -> new CommandOutcome.Done<>(usage.usageId(), view, false))
                .orElseGet(() -> new CommandOutcome.Accepted<>(usage.usageId(),
                        views.findUsage(TenantId.of(usage.tenantId()), usage.usageId()).orElse(usage)));
    }

    private static CommandOutcome<CreditUsageView> notAllowed(CreditUsageView usage, String action) {
        return new CommandOutcome.Refused<>(ErrorCode.CRD_003.code(), "A " + usage.status() + " usage cannot "
                + action + "; only a RESERVED usage can complete, and a usage that was not completed fail.", usage);
    }
}
