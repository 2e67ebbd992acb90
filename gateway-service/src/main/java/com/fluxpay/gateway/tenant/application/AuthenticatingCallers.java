package com.fluxpay.gateway.tenant.application;

import com.fluxpay.gateway.tenant.application.port.Tenants;
import com.fluxpay.gateway.tenant.domain.ApiKeySecret;
import com.fluxpay.gateway.tenant.domain.Caller;
import java.util.Optional;

/** Turns a presented API key into the caller it belongs to, or nothing. */
public final class AuthenticatingCallers {

    private final Tenants tenants;

    public AuthenticatingCallers(Tenants tenants) {
        this.tenants = tenants;
    }

    public Optional<Caller> authenticate(String presentedKey) {
        return ApiKeySecret.parse(presentedKey)
                .flatMap(secret -> tenants.findActiveKey(secret.hash()))
                .map(owner -> new Caller(owner.tenant().id(), owner.key().mode(), owner.tenant().rateLimit()));
    }
}
