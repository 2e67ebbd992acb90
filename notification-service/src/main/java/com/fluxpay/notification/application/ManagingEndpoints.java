package com.fluxpay.notification.application;

import com.fluxpay.contracts.error.ErrorCode;
import com.fluxpay.contracts.EventTypes;
import com.fluxpay.contracts.notification.DeleteWebhookEndpoint;
import com.fluxpay.contracts.notification.RegisterWebhookEndpoint;
import com.fluxpay.contracts.notification.RotateWebhookSecret;
import com.fluxpay.contracts.notification.UpdateWebhookEndpoint;
import com.fluxpay.contracts.notification.WebhookEndpointDeleted;
import com.fluxpay.contracts.notification.WebhookEndpointRegistered;
import com.fluxpay.contracts.notification.WebhookEndpointStatus;
import com.fluxpay.contracts.notification.WebhookEndpointUpdated;
import com.fluxpay.contracts.notification.WebhookSecretRotated;
import com.fluxpay.notification.application.port.Deliveries;
import com.fluxpay.notification.application.port.NotificationEvents;
import com.fluxpay.notification.application.port.WebhookEndpoints;
import com.fluxpay.notification.application.port.WebhookSigner;
import com.fluxpay.notification.domain.EndpointMode;
import com.fluxpay.notification.domain.WebhookEndpoint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Register, update, delete and rotate the secret of webhook endpoints, as the gateway asks on Kafka. Runs
 * inside the inbox's transaction; a refusal is a {@code notification.endpoint.command.rejected} event.
 */
public final class ManagingEndpoints {

    private final WebhookEndpoints endpoints;
    private final Deliveries deliveries;
    private final NotificationEvents events;
    private final EndpointOwnership ownership;
    private final ValidatingEndpointUrl urls;
    private final WebhookSigner signer;
    private final Clock clock;

    public ManagingEndpoints(WebhookEndpoints endpoints, Deliveries deliveries, NotificationEvents events,
                             EndpointOwnership ownership, ValidatingEndpointUrl urls, WebhookSigner signer,
                             Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.events = events;
        this.ownership = ownership;
        this.urls = urls;
        this.signer = signer;
        this.clock = clock;
    }

    public void register(RegisterWebhookEndpoint command) {
        String name = "notification.endpoint.register";
        if (endpoints.exists(command.endpointId())) {
            reject(command.endpointId(), command.tenantId(), name, ErrorCode.NTF_003, "endpoint id already registered");
            return;
        }
        Optional<EndpointMode> mode = EndpointMode.parse(command.mode());
        if (mode.isEmpty()) {
            reject(command.endpointId(), command.tenantId(), name, ErrorCode.NTF_005, "mode is test or live");
            return;
        }
        Optional<String> urlProblem = urls.problemWith(command.url(), mode.get());
        if (urlProblem.isPresent()) {
            reject(command.endpointId(), command.tenantId(), name, ErrorCode.NTF_001, urlProblem.get());
            return;
        }
        if (command.encryptedSecret() == null || !signer.usable(command.encryptedSecret())) {
            reject(command.endpointId(), command.tenantId(), name, ErrorCode.NTF_004,
                    "secret cannot be opened or is no whsec_ secret");
            return;
        }
        Instant now = clock.instant();
        var endpoint = new WebhookEndpoint(command.endpointId(), command.tenantId(), command.url().trim(),
                types(command.eventTypes()), command.description(), command.enabled(), mode.get(),
                command.encryptedSecret(), null, null, null, now, now);
        endpoints.add(endpoint);
        events.registered(new WebhookEndpointRegistered(endpoint.id(), endpoint.tenantId(), endpoint.url(),
                List.copyOf(endpoint.eventTypes()), endpoint.description(), endpoint.enabled(), mode.get().wireName(),
                signer.keyIdOf(endpoint.secret()), now, statusOf(endpoint), 1));
    }

    public void update(UpdateWebhookEndpoint command) {
        String name = "notification.endpoint.update";
        Optional<WebhookEndpoint> found = owned(command.endpointId(), command.tenantId(), name);
        if (found.isEmpty()) {
            return;
        }
        WebhookEndpoint current = found.get();
        Optional<EndpointMode> mode = command.mode() == null ? Optional.of(current.mode())
                : EndpointMode.parse(command.mode());
        if (mode.isEmpty()) {
            reject(command.endpointId(), command.tenantId(), name, ErrorCode.NTF_005, "mode is test or live");
            return;
        }
        String url = command.url() == null ? current.url() : command.url().trim();
        if (command.url() != null || mode.get() != current.mode()) {
            Optional<String> urlProblem = urls.problemWith(url, mode.get());
            if (urlProblem.isPresent()) {
                reject(command.endpointId(), command.tenantId(), name, ErrorCode.NTF_001, urlProblem.get());
                return;
            }
        }
        Instant now = clock.instant();
        WebhookEndpoint updated = current.withSettings(url,
                command.eventTypes() == null ? current.eventTypes() : types(command.eventTypes()),
                command.description() == null ? current.description() : command.description(),
                command.enabled() == null ? current.enabled() : command.enabled(), mode.get(), now);
        long version = endpoints.save(updated);
        events.updated(new WebhookEndpointUpdated(updated.id(), updated.tenantId(), updated.url(),
                List.copyOf(updated.eventTypes()), updated.description(), updated.enabled(), updated.mode().wireName(),
                now, statusOf(updated), version));
    }

    public void delete(DeleteWebhookEndpoint command) {
        if (owned(command.endpointId(), command.tenantId(), "notification.endpoint.delete").isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        int canceled = deliveries.cancelPending(command.endpointId(), now);
        long version = endpoints.delete(command.endpointId(), now);
        events.deleted(new WebhookEndpointDeleted(command.endpointId(), command.tenantId(), canceled, now,
                WebhookEndpointStatus.DELETED, version));
    }

    public void rotate(RotateWebhookSecret command) {
        String name = "notification.endpoint.secret.rotate";
        Optional<WebhookEndpoint> found = owned(command.endpointId(), command.tenantId(), name);
        if (found.isEmpty()) {
            return;
        }
        if (command.encryptedSecret() == null || !signer.usable(command.encryptedSecret())
                || command.overlapSeconds() < 0) {
            reject(command.endpointId(), command.tenantId(), name, ErrorCode.NTF_004,
                    "secret cannot be opened or is no whsec_ secret, or the overlap is negative");
            return;
        }
        Instant now = clock.instant();
        WebhookEndpoint rotated = found.get().rotatedTo(command.encryptedSecret(),
                Duration.ofSeconds(command.overlapSeconds()), now);
        long version = endpoints.save(rotated);
        events.secretRotated(new WebhookSecretRotated(rotated.id(), rotated.tenantId(),
                signer.keyIdOf(rotated.secret()), rotated.previousSecretExpiresAt(), now, statusOf(rotated), version));
    }

    private static WebhookEndpointStatus statusOf(WebhookEndpoint endpoint) {
        return endpoint.enabled() ? WebhookEndpointStatus.ACTIVE : WebhookEndpointStatus.DISABLED;
    }

    private Optional<WebhookEndpoint> owned(String endpointId, String tenantId, String command) {
        return ownership.owned(endpointId, tenantId, command);
    }

    private void reject(String endpointId, String tenantId, String command, ErrorCode code, String reason) {
        ownership.reject(endpointId, tenantId, command, code, reason);
    }

    // a type asked for by the name it had before a rename is subscribed to by its current name
    private static Set<String> types(List<String> eventTypes) {
        return eventTypes == null ? Set.of() : eventTypes.stream().map(EventTypes::currentName)
                .collect(Collectors.toUnmodifiableSet());
    }
}
