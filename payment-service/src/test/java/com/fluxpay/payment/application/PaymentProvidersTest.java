package com.fluxpay.payment.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.payment.application.port.ChargeResult;
import com.fluxpay.payment.application.port.OperationResult;
import com.fluxpay.payment.application.port.PaymentProvider;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaymentProvidersTest {

    private record Named(String name) implements PaymentProvider {
        public ChargeResult charge(Charge charge) {
            throw new UnsupportedOperationException();
        }

        public ChargeResult lookup(ChargeLookup lookup) {
            throw new UnsupportedOperationException();
        }

        public OperationResult capture(Operation operation) {
            throw new UnsupportedOperationException();
        }

        public OperationResult cancel(Operation operation) {
            throw new UnsupportedOperationException();
        }

        public OperationResult refund(Operation operation) {
            throw new UnsupportedOperationException();
        }
    }

    private final PaymentProviders providers = new PaymentProviders(
            List.of(new Named("sandbox"), new Named("stripe"), new Named("toss")), List.of("sandbox"),
            Map.of("acme", List.of("stripe", "sandbox"), "broken", List.of("adyen", "sandbox")));

    @Test
    void a_tenant_without_a_route_of_its_own_takes_the_default() {
        assertThat(providers.routeFor("someone", null)).containsExactly("sandbox");
    }

    @Test
    void a_tenant_with_a_route_tries_its_psps_in_order() {
        assertThat(providers.routeFor("acme", null)).containsExactly("stripe", "sandbox");
    }

    @Test
    void a_confirm_that_names_its_psp_goes_there_only_because_its_payment_method_means_nothing_elsewhere() {
        assertThat(providers.routeFor("acme", "toss")).containsExactly("toss");
    }

    @Test
    void a_route_through_a_psp_without_a_connector_is_no_route_at_all() {
        assertThat(providers.routeFor("broken", null)).isEmpty();
        assertThat(providers.routeFor("acme", "adyen")).isEmpty();
    }
}
