package com.fluxpay.gateway.domain.tenant;

/** Who is calling, once their key checked out: the tenant, in which mode, with what limit. */
public record Caller(String tenantId, KeyMode mode, Tenant.RateLimit rateLimit) {
}
