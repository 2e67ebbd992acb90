package com.fluxpay.gateway.tenant.domain;

/** Who is calling, once their key checked out: the tenant, in which mode, with what limit. */
public record Caller(String tenantId, KeyMode mode, Tenant.RateLimit rateLimit) {
}
