package com.fluxpay.payment.adapter.out.psp;

import com.fluxpay.payment.application.port.ChargeResult;
import com.fluxpay.payment.application.port.RecurringCharges;
import org.springframework.web.client.RestClient;

/**
 * Stripe off-session charges of a saved PaymentMethod (docs.stripe.com/payments/save-and-reuse, "charge the saved
 * payment method later"). Saving happens at Stripe: a SetupIntent (or a PaymentIntent with setup_future_usage)
 * attaches the PaymentMethod to a Customer. Saving it here only checks, with {@code GET /v1/payment_methods/{id}},
 * that it is attached to that very Customer, so a charge can never land on someone else's card. A charge is a
 * PaymentIntent with {@code customer, payment_method, off_session=true, confirm=true}; a card that needs the
 * customer (3-D Secure) fails with 402 {@code authentication_required}, a decline like any other, since nobody is
 * there to authenticate.
 */
public class StripeRecurringClient implements RecurringCharges {

    private final RestClient http;

    public StripeRecurringClient(RestClient.Builder http, String secretKey) {
        this.http = StripeClient.authorized(http, secretKey);
    }

    record PaymentMethod(String id, String customer, String type) {
    }

    @Override
    public String name() {
        return "stripe";
    }

    @Override
    public SaveResult saveMethod(SaveMethodRequest request) {
        return PspCalls.operation("stripe payment method retrieve", () -> {
            var method = http.get().uri("/v1/payment_methods/{id}", request.setupToken()).retrieve()
                    .body(PaymentMethod.class);
            if (method == null || !request.customer().equals(method.customer())) {
                return new Refused("payment_method_not_attached_to_customer", "the PaymentMethod is attached to "
                        + (method == null ? null : method.customer()) + ", not to " + request.customer());
            }
            return new Saved(new SavedMethod(request.customer(), new BillingKey(method.id())));
        }, e -> {
            var error = StripeClient.errorOf(e);
            return new Refused(error.code(), error.message());
        });
    }

    @Override
    public ChargeResult chargeSaved(SavedCharge charge) {
        var form = StripeClient.intentForm(charge.amount(), charge.method().billingKey().value(), charge.reference(),
                charge.orderId());
        form.add("customer", charge.method().customer());
        form.add("off_session", "true");
        form.add("description", charge.orderName());
        return PspCalls.charge(() -> StripeClient.resultOf(StripeClient.post(http, "/v1/payment_intents",
                charge.attemptKey(), form)), StripeClient::refusal);
    }
}
