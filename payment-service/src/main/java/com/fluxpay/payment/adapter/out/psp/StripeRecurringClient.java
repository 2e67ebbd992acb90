package com.fluxpay.payment.adapter.out.psp;

import com.fluxpay.payment.application.port.ChargeResult;
import com.fluxpay.payment.application.port.RecurringCharges;
import java.util.Locale;
import org.springframework.util.LinkedMultiValueMap;
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
        var form = new LinkedMultiValueMap<String, String>();
        form.add("amount", Long.toString(charge.amount().minorUnits()));
        form.add("currency", charge.amount().currencyCode().toLowerCase(Locale.ROOT));
        form.add("customer", charge.method().customer());
        form.add("payment_method", charge.method().billingKey().value());
        form.add("off_session", "true");
        form.add("confirm", "true");
        // no one can follow a redirect off-session; without this Stripe asks for a return_url
        form.add("automatic_payment_methods[enabled]", "true");
        form.add("automatic_payment_methods[allow_redirects]", "never");
        form.add("description", charge.orderName());
        form.add("metadata[" + StripeClient.REFERENCE + "]", charge.reference());
        form.add("metadata[fluxpay_order_id]", charge.orderId());
        return PspCalls.charge(() -> StripeClient.resultOf(StripeClient.post(http, "/v1/payment_intents",
                charge.attemptKey(), form)), StripeClient::refusal);
    }
}
