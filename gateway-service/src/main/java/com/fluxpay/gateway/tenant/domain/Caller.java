package com.fluxpay.gateway.tenant.domain;

import com.fluxpay.gateway.command.TenantId;
/** Who is calling, once their key checked out: the tenant, in which mode, with what limit. */
public record Caller(String tenantId, KeyMode mode, Tenant.RateLimit rateLimit) {

    /** The tenant as the merchant API's use cases take it. */
    public TenantId tenant() {
        return TenantId.of(tenantId);
    }
}
