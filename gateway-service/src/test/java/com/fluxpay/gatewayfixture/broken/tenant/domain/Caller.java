package com.fluxpay.gatewayfixture.broken.tenant.domain;

public record Caller(String tenantId) {
}
