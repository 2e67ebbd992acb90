package com.fluxpay.gateway.credit.application;

import com.fluxpay.gateway.command.TenantId;
import com.fluxpay.gateway.credit.application.port.CreditViews;
import com.fluxpay.gateway.credit.domain.CreditAccountView;
import com.fluxpay.gateway.credit.domain.CreditGrantView;
import com.fluxpay.gateway.credit.domain.CreditMovementView;
import com.fluxpay.gateway.credit.domain.CreditUsageView;
import com.fluxpay.gateway.readmodel.application.Paging;
import com.fluxpay.gateway.readmodel.domain.Cursor;
import com.fluxpay.gateway.readmodel.domain.Page;
import java.util.Optional;

/** Balances, statements, grants and usages from the read models; another tenant's do not exist for the caller. */
public final class ReadingCredits {

    private final CreditViews views;

    public ReadingCredits(CreditViews views) {
        this.views = views;
    }

    public Optional<CreditAccountView> account(TenantId tenantId, String customerId, String unit) {
        return views.findAccount(tenantId, customerId, unit);
    }

    /** The account's statement, newest first; empty when the tenant has no such account. */
    public Optional<Page<CreditMovementView>> movements(TenantId tenantId, String customerId, String unit,
                                                        String cursor, Integer limit) {
        return views.findAccount(tenantId, customerId, unit).map(account -> Paging.page(cursor, limit,
                (after, rows) -> views.movements(account.accountId(), after, rows),
                movement -> new Cursor(movement.at(), movement.movementId())));
    }

    public Optional<CreditGrantView> grant(TenantId tenantId, String grantId) {
        return views.findGrant(tenantId, grantId);
    }

    public Optional<CreditUsageView> usage(TenantId tenantId, String usageId) {
        return views.findUsage(tenantId, usageId);
    }
}
