package com.fluxpay.gatewayfixture.clean.tenant.domain;

public record Caller(String tenantId) {
}
