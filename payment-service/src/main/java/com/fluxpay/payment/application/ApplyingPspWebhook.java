package com.fluxpay.payment.application;

import com.fluxpay.payment.application.port.ChargeResult;
import com.fluxpay.payment.application.port.Payments;
import com.fluxpay.payment.domain.OrderId;
import com.fluxpay.payment.domain.Payment;
import com.fluxpay.payment.domain.PaymentId;
import com.fluxpay.payment.domain.PaymentState;
import java.util.Optional;

/**
 * Applies a PSP's webhook to the payment it names. The webhook is a reason to ask, not an answer: the PSP's API
 * is asked through the reconciler's lookup and only what it says is applied, through {@link SettlingCharge} and
 * the transition table. That is what makes webhooks safe in any order and any number of times: an old or repeated
 * event leads to the same question, whose answer is already applied or refused by the table (no state moves
 * backwards). It is also the only safe reading of a TossPayments webhook, which carries no signature.
 *
 * <p>Only a PROCESSING or UNKNOWN payment can be resolved here, and only by a definite answer (approved or
 * declined). "No such charge" is never applied from a webhook: a charge still in flight looks exactly like that,
 * and only the reconciler, after {@code settle-after}, may conclude it. Captures, cancels and refunds made
 * outside FluxPay (a PSP dashboard) are not applied yet.
 */
public final class ApplyingPspWebhook {

    private final Payments payments;
    private final ReconcilingUnknownPayments reconciling;
    private final SettlingCharge settling;

    public ApplyingPspWebhook(Payments payments, ReconcilingUnknownPayments reconciling, SettlingCharge settling) {
        this.payments = payments;
        this.reconciling = reconciling;
        this.settling = settling;
    }

    /** What to do with a webhook; decided outside any transaction, since it may ask the PSP. */
    public sealed interface Plan {

        /** Nothing to change (no such payment, another PSP's, already settled); recorded, never retried. */
        record Ignore(String reason) implements Plan {
        }

        /** The PSP gave a definite answer for an unresolved payment. */
        record Settle(PaymentId paymentId, ChargeResult answer) implements Plan {
        }

        /** The PSP could not tell us yet; the reconciler will ask again. */
        record AskLater(String reason) implements Plan {
        }
    }

    public Plan plan(ApplyPspWebhookCommand webhook) {
        var found = paymentNamedBy(webhook);
        if (found.isEmpty()) {
            // a Toss payment the customer abandoned before our confirm, or a reference from another system:
            // nothing of ours to change, and retrying would not make it appear
            return new Plan.Ignore("no payment for " + webhook.psp() + " reference " + webhook.paymentReference());
        }
        var payment = found.get();
        if (!payment.psp().equals(webhook.psp())) {
            return new Plan.Ignore("payment " + payment.id() + " is at " + payment.psp() + ", not " + webhook.psp());
        }
        // a FAILED payment is asked too: the PSP may have approved it after answering "no such charge" to the
        // reconciler, and that money must be found and given back (SettlingCharge records the stray charge)
        if (payment.state() != PaymentState.PROCESSING && payment.state() != PaymentState.UNKNOWN
                && payment.state() != PaymentState.FAILED) {
            return new Plan.Ignore("payment " + payment.id() + " is already " + payment.state());
        }
        var answer = reconciling.ask(payment);
        if (payment.state() == PaymentState.FAILED && !(answer instanceof ChargeResult.Approved)) {
            return new Plan.Ignore("payment " + payment.id() + " is FAILED and " + payment.psp() + " agrees");
        }
        return switch (answer) {
            case ChargeResult.Approved approved -> new Plan.Settle(payment.id(), approved);
            case ChargeResult.Declined declined -> new Plan.Settle(payment.id(), declined);
            case ChargeResult.NotCharged notCharged -> new Plan.AskLater(notCharged.detail());
            case ChargeResult.Unknown unknown -> new Plan.AskLater(unknown.detail());
        };
    }

    /** Applies a plan; call inside the inbox's transaction, so the record of the webhook commits with its effect. */
    public Optional<PaymentState> apply(Plan plan) {
        return plan instanceof Plan.Settle(var paymentId, var answer)
                ? Optional.of(settling.settle(paymentId, answer))
                : Optional.empty();
    }

    private Optional<Payment> paymentNamedBy(ApplyPspWebhookCommand webhook) {
        var reference = webhook.paymentReference();
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        // TossPayments keys payments by the orderId we gave it; the others echo our payment id
        return "toss".equals(webhook.psp())
                ? payments.findForOrder(new OrderId(reference))
                : payments.find(new PaymentId(reference));
    }
}
