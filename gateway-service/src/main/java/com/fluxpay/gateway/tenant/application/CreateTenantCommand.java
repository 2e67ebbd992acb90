package com.fluxpay.gateway.tenant.application;

import com.fluxpay.gateway.tenant.domain.KeyMode;

/** An operator opens FluxPay to a new merchant. Rate limit fields are optional (null: the defaults). */
public record CreateTenantCommand(String name, KeyMode mode, Integer ratePerSecond, Integer burst) {
}
