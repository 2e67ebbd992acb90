package com.fluxpay.notification.application;

import com.fluxpay.notification.application.port.HostResolver;
import com.fluxpay.notification.domain.EndpointMode;
import com.fluxpay.notification.domain.EndpointUrlPolicy;
import java.util.Optional;

/** The URL policy applied to what DNS says now: at registration, and again before each live delivery. */
public final class ValidatingEndpointUrl {

    private final HostResolver resolver;

    public ValidatingEndpointUrl(HostResolver resolver) {
        this.resolver = resolver;
    }

    /** Empty if FluxPay may POST to the URL, else why not. */
    public Optional<String> problemWith(String url, EndpointMode mode) {
        Optional<String> shape = EndpointUrlPolicy.shapeProblem(url);
        if (shape.isPresent()) {
            return shape;
        }
        return EndpointUrlPolicy.addressProblem(mode, resolver.resolve(EndpointUrlPolicy.hostOf(url)));
    }
}
