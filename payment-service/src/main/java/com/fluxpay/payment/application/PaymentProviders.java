package com.fluxpay.payment.application;

import com.fluxpay.payment.application.port.PaymentProvider;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PSP connectors and each tenant's route through them: the first is tried first, the next only when the
 * one before certainly moved no money (see {@link com.fluxpay.payment.application.port.ChargeResult.NotCharged}).
 */
public final class PaymentProviders {

    private final Map<String, PaymentProvider> byName;
    private final List<String> defaultRoute;
    private final Map<String, List<String>> tenantRoutes;

    public PaymentProviders(List<PaymentProvider> providers, List<String> defaultRoute,
                            Map<String, List<String>> tenantRoutes) {
        this.byName = providers.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                PaymentProvider::name, provider -> provider));
        this.defaultRoute = List.copyOf(defaultRoute);
        this.tenantRoutes = Map.copyOf(tenantRoutes);
    }

    public Optional<PaymentProvider> named(String name) {
        return Optional.ofNullable(name).map(byName::get);
    }

    /**
     * The PSPs to try, in order. A confirm that names its PSP goes there only: its payment method (a Toss
     * paymentKey, a Stripe payment method) means nothing to another PSP. Empty: no connector fits.
     */
    public List<String> routeFor(String tenantId, String requested) {
        List<String> route = requested != null ? List.of(requested) : tenantRoutes.getOrDefault(tenantId, defaultRoute);
        return route.stream().allMatch(byName::containsKey) ? route : List.of();
    }
}
