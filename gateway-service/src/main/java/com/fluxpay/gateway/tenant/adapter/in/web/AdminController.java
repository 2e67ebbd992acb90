package com.fluxpay.gateway.tenant.adapter.in.web;

import com.fluxpay.gateway.http.CommandResponses;
import com.fluxpay.gateway.http.ApiProblems;

import com.fluxpay.gateway.tenant.application.CreateTenantCommand;
import com.fluxpay.gateway.tenant.application.ManagingTenants;
import com.fluxpay.gateway.command.Violation;
import com.fluxpay.gateway.tenant.domain.ApiKey;
import com.fluxpay.gateway.tenant.domain.KeyMode;
import com.fluxpay.gateway.tenant.domain.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operator's API: tenants and their API keys. Guarded by the admin token (AdminAuthenticationFilter). */
@RestController
@RequestMapping(path = "/admin/v1/tenants", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Admin", description = "Operator API (Authorization: Bearer <FLUXPAY_ADMIN_TOKEN>)")
public class AdminController {

    private final ManagingTenants managing;

    public AdminController(ManagingTenants managing) {
        this.managing = managing;
    }

    public record CreateTenantBody(String name, String mode, Integer ratePerSecond, Integer burst) {
    }

    public record CreateKeyBody(String mode) {
    }

    public record TenantResource(String id, String name, Tenant.RateLimit rateLimit, Instant createdAt) {
        static TenantResource of(Tenant tenant) {
            return new TenantResource(tenant.id(), tenant.name(), tenant.rateLimit(), tenant.createdAt());
        }
    }

    /** {@code secret} is present only in the answer that created the key. */
    public record KeyResource(String id, String mode, String prefix, String secret, Instant createdAt,
                              Instant revokedAt) {
        static KeyResource of(ApiKey key, String secret) {
            return new KeyResource(key.id(), key.mode().label(), key.prefix(), secret, key.createdAt(), key.revokedAt());
        }
    }

    public record CreatedTenant(TenantResource tenant, KeyResource apiKey) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a tenant with its first API key (the key's secret is shown only here)")
    public ResponseEntity<Object> create(@RequestBody CreateTenantBody body) {
        var violations = new ArrayList<Violation>();
        if (body.name() == null || body.name().isBlank() || body.name().length() > 200) {
            violations.add(new Violation("name", "is required, up to 200 characters"));
        }
        KeyMode mode = mode(body.mode(), violations);
        if (body.ratePerSecond() != null && (body.ratePerSecond() < 1 || body.ratePerSecond() > 100_000)) {
            violations.add(new Violation("ratePerSecond", "must be between 1 and 100000"));
        }
        if (body.burst() != null && (body.burst() < 1 || body.burst() > 100_000)) {
            violations.add(new Violation("burst", "must be between 1 and 100000"));
        }
        if (!violations.isEmpty()) {
            return ApiProblems.response(ApiProblems.invalid(violations));
        }
        var created = managing.create(new CreateTenantCommand(body.name(), mode, body.ratePerSecond(), body.burst()));
        return ResponseEntity.created(URI.create("/admin/v1/tenants/" + created.tenant().id()))
                .body(new CreatedTenant(TenantResource.of(created.tenant()),
                        KeyResource.of(created.key(), created.secret().value())));
    }

    @GetMapping("/{tenantId}")
    @Operation(summary = "Read a tenant")
    public ResponseEntity<Object> get(@PathVariable String tenantId) {
        return CommandResponses.found(managing.find(tenantId), TenantResource::of, "Tenant", tenantId);
    }

    @PostMapping(path = "/{tenantId}/keys", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Issue another API key (the secret is shown only here)")
    public ResponseEntity<Object> issueKey(@PathVariable String tenantId, @RequestBody CreateKeyBody body) {
        var violations = new ArrayList<Violation>();
        KeyMode mode = mode(body.mode(), violations);
        if (!violations.isEmpty()) {
            return ApiProblems.response(ApiProblems.invalid(violations));
        }
        return managing.issueKey(tenantId, mode).<ResponseEntity<Object>>map(created -> ResponseEntity
                        .created(URI.create("/admin/v1/tenants/" + tenantId + "/keys/" + created.key().id()))
                        .body(KeyResource.of(created.key(), created.secret().value())))
                .orElseGet(() -> ApiProblems.response(ApiProblems.notFound("Tenant " + tenantId)));
    }

    @GetMapping("/{tenantId}/keys")
    @Operation(summary = "List a tenant's keys (never their secrets)")
    public List<KeyResource> keys(@PathVariable String tenantId) {
        return managing.keysOf(tenantId).stream().map(key -> KeyResource.of(key, null)).toList();
    }

    @DeleteMapping("/{tenantId}/keys/{keyId}")
    @Operation(summary = "Revoke a key; requests with it fail from then on")
    public ResponseEntity<Object> revoke(@PathVariable String tenantId, @PathVariable String keyId) {
        return managing.revokeKey(tenantId, keyId) ? ResponseEntity.noContent().build()
                : ApiProblems.response(ApiProblems.notFound("Active key " + keyId + " of tenant " + tenantId));
    }

    private static KeyMode mode(String mode, List<Violation> violations) {
        if (mode == null) {
            return KeyMode.TEST;
        }
        try {
            return KeyMode.valueOf(mode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new Violation("mode", "must be test or live"));
            return KeyMode.TEST;
        }
    }
}
