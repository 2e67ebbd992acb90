package com.fluxpay.gateway.webhookendpoint.application;

import com.fluxpay.gateway.command.TenantId;
import com.fluxpay.gateway.readmodel.domain.Stated;
import com.fluxpay.gateway.readmodel.domain.Cursor;
import com.fluxpay.gateway.webhookendpoint.application.port.EndpointProjection;
import com.fluxpay.gateway.webhookendpoint.application.port.SecretSealer;
import com.fluxpay.gateway.webhookendpoint.application.port.WebhookEndpointViews;
import com.fluxpay.gateway.webhookendpoint.domain.EndpointRequest;
import com.fluxpay.gateway.webhookendpoint.domain.EndpointView;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** The webhook endpoint capability's ports in memory; the clock and the wait are the order fixture's. */
final class WebhookEndpointFixture {

    private WebhookEndpointFixture() {
    }

    /** Seals by saying so, so a test can see what was sealed. */
    static final SecretSealer SEALER = secret -> "sealed:" + secret;

    /**
     * Endpoints as notification-service reports them, and what was sent to it. {@code answering} plays its
     * answer to a registration before the wait ends (by default none comes).
     */
    static final class InMemoryEndpoints implements WebhookEndpointViews, EndpointProjection {

        private final Clock clock;
        private final Map<String, EndpointView> endpoints = new ConcurrentHashMap<>();
        final List<String> sent = new ArrayList<>();
        final List<String> sealedSecrets = new ArrayList<>();
        private Consumer<String> onRegister = endpointId -> { };

        InMemoryEndpoints(Clock clock) {
            this.clock = clock;
        }

        InMemoryEndpoints answering(Consumer<String> answer) {
            this.onRegister = answer;
            return this;
        }

        @Override
        public void register(String endpointId, TenantId tenant, String mode, EndpointRequest request,
                             String sealedSecret, Instant at) {
            String tenantId = tenant.value();
            endpoints.putIfAbsent(endpointId, new EndpointView(endpointId, tenantId, request.url(),
                    request.eventTypes() == null ? List.of() : request.eventTypes(), request.description(), true, mode,
                    EndpointView.REQUESTED, null, null, null, at, at));
            sent.add("register " + endpointId);
            sealedSecrets.add(sealedSecret);
            onRegister.accept(endpointId);
        }

        @Override
        public void update(EndpointView endpoint, EndpointRequest changes) {
            sent.add("update " + endpoint.id());
        }

        @Override
        public void rotateSecret(EndpointView endpoint, String sealedSecret, long overlapSeconds) {
            sent.add("rotate " + endpoint.id());
            sealedSecrets.add(sealedSecret);
        }

        @Override
        public void delete(EndpointView endpoint) {
            sent.add("delete " + endpoint.id());
        }

        @Override
        public void replayFailed(EndpointView endpoint, Instant since) {
            sent.add("replay " + endpoint.id() + " since " + since);
        }

        @Override
        public void replayMessage(EndpointView endpoint, UUID messageId) {
            sent.add("replay " + endpoint.id() + " message " + messageId);
        }

        @Override
        public Optional<EndpointView> find(TenantId tenant, String endpointId) {
            String tenantId = tenant.value();
            return Optional.ofNullable(endpoints.get(endpointId)).filter(e -> e.tenantId().equals(tenantId));
        }

        @Override
        public List<EndpointView> list(TenantId tenant, Optional<Cursor> after, int limit) {
            String tenantId = tenant.value();
            return endpoints.values().stream().filter(e -> e.tenantId().equals(tenantId)).limit(limit).toList();
        }

        @Override
        public void projectState(String endpointId, String tenantId, String url, List<String> eventTypes,
                                 String description, boolean enabled, String mode, Stated state) {
            Instant now = clock.instant();
            endpoints.compute(endpointId, (id, old) -> new EndpointView(id, tenantId, url, eventTypes, description,
                    enabled, mode, state.statusOr(enabled ? "ACTIVE" : "DISABLED"), null, null, null,
                    old == null ? now : old.requestedAt(), now));
        }

        @Override
        public void projectStatus(String endpointId, Stated state) {
            String status = state.status();
            endpoints.computeIfPresent(endpointId, (id, e) -> new EndpointView(id, e.tenantId(), e.url(), e.eventTypes(),
                    e.description(), e.enabled(), e.mode(), status, e.rejectionCode(), e.rejectionReason(),
                    e.rejectedAt(), e.requestedAt(), clock.instant()));
        }

        @Override
        public void projectTouched(String endpointId, Stated state) {
            projectStatus(endpointId, new Stated(endpoints.get(endpointId).status(), state.version(), state.at()));
        }

        @Override
        public void projectRejection(String endpointId, String code, String reason) {
            endpoints.computeIfPresent(endpointId, (id, e) -> new EndpointView(id, e.tenantId(), e.url(), e.eventTypes(),
                    e.description(), e.enabled(), e.mode(),
                    EndpointView.REQUESTED.equals(e.status()) ? EndpointView.REJECTED : e.status(), code, reason,
                    clock.instant(), e.requestedAt(), e.updatedAt()));
        }
    }
}
