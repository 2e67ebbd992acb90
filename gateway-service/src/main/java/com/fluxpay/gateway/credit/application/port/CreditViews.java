package com.fluxpay.gateway.credit.application.port;

import com.fluxpay.gateway.command.TenantId;
import com.fluxpay.gateway.credit.domain.CreditAccountView;
import com.fluxpay.gateway.credit.domain.CreditGrantView;
import com.fluxpay.gateway.credit.domain.CreditMovementView;
import com.fluxpay.gateway.credit.domain.CreditUsageView;
import com.fluxpay.gateway.readmodel.domain.Cursor;
import java.util.List;
import java.util.Optional;

/** The credit read models; another tenant's rows are not found. */
public interface CreditViews {

    Optional<CreditAccountView> findAccount(TenantId tenantId, String customerId, String unit);

    /** An account's movements, newest first, after the cursor; up to {@code limit} (+1 to tell if more follow). */
    List<CreditMovementView> movements(String accountId, Optional<Cursor> after, int limit);

    Optional<CreditGrantView> findGrant(TenantId tenantId, String grantId);

    Optional<CreditUsageView> findUsage(TenantId tenantId, String usageId);
}
