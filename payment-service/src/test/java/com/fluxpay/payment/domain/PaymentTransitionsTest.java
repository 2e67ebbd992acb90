package com.fluxpay.payment.domain;

import static com.fluxpay.payment.domain.PaymentFixture.NOW;
import static com.fluxpay.payment.domain.PaymentFixture.won;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Walks every (state, transition) pair through the aggregate's own methods and compares with the table
 * written out below by hand, independently of {@link PaymentTransitions}: a "-" means forbidden.
 */
class PaymentTransitionsTest {

    private static final String EXPECTED = """
            state              | APPROVE_AUTHORIZATION APPROVE_PURCHASE FAIL   LOSE_OUTCOME CAPTURE_KEEP_OPEN  CAPTURE_CLOSE CANCEL   RELEASE_REMAINDER REFUND_PART        REFUND_REST
            PROCESSING         | AUTHORIZED            CAPTURED         FAILED UNKNOWN      -                  -             -        -                 -                  -
            UNKNOWN            | AUTHORIZED            CAPTURED         FAILED -            -                  -             -        -                 -                  -
            AUTHORIZED         | -                     -                -      -            PARTIALLY_CAPTURED CAPTURED      CANCELED -                 -                  -
            PARTIALLY_CAPTURED | -                     -                -      -            PARTIALLY_CAPTURED CAPTURED      -        CAPTURED          -                  -
            CAPTURED           | -                     -                -      -            -                  -             -        -                 PARTIALLY_REFUNDED REFUNDED
            CANCELED           | -                     -                -      -            -                  -             -        -                 -                  -
            FAILED             | -                     -                -      -            -                  -             -        -                 -                  -
            PARTIALLY_REFUNDED | -                     -                -      -            -                  -             -        -                 PARTIALLY_REFUNDED REFUNDED
            REFUNDED           | -                     -                -      -            -                  -             -        -                 -                  -
            """;

    @Test
    void every_state_and_transition_pair_behaves_as_the_table_says() {
        List<String> mismatches = new ArrayList<>();
        expected().forEach((state, row) -> row.forEach((transition, target) -> {
            var payment = PaymentFixture.in(state);
            assertThat(payment.state()).isEqualTo(state);
            PaymentOutcome outcome = apply(payment, transition);
            String actual = switch (outcome) {
                case PaymentOutcome.Changed changed -> changed.transition() == transition
                        ? changed.payment().state().name() : "wrong transition " + changed.transition();
                case PaymentOutcome.Rejected rejected -> rejected.reason() == PaymentOutcome.Reason.STATE_MISMATCH
                        && payment.state() == state ? "-" : "rejected for " + rejected.reason();
            };
            if (!actual.equals(target)) {
                mismatches.add(state + " + " + transition + ": expected " + target + ", got " + actual);
            }
            assertThat(PaymentTransitions.target(state, transition).map(Enum::name).orElse("-")).isEqualTo(target);
        }));
        assertThat(mismatches).isEmpty();
    }

    @Test
    void the_expected_table_covers_every_state_and_every_transition() {
        var table = expected();
        assertThat(table.keySet()).containsExactlyInAnyOrder(PaymentState.values());
        table.values().forEach(row -> assertThat(row.keySet()).containsExactlyInAnyOrder(PaymentTransition.values()));
    }

    @Test
    void only_canceled_failed_and_refunded_are_terminal() {
        assertThat(Arrays.stream(PaymentState.values()).filter(PaymentState::isTerminal))
                .containsExactlyInAnyOrder(PaymentState.CANCELED, PaymentState.FAILED, PaymentState.REFUNDED);
    }

    // each transition driven the way the application would ask for it, with an amount that fits when allowed
    private static PaymentOutcome apply(Payment payment, PaymentTransition transition) {
        return switch (transition) {
            case APPROVE_AUTHORIZATION -> payment.approve("ch_1", NOW);
            case APPROVE_PURCHASE -> purchaseTwin(payment).approve("ch_1", NOW);
            case FAIL -> payment.fail(FailureKind.DECLINED, "card_declined", NOW);
            case LOSE_OUTCOME -> payment.loseOutcome(NOW);
            case CAPTURE_KEEP_OPEN -> payment.capture(won(1_000), false, NOW);
            case CAPTURE_CLOSE -> payment.capture(positiveOr(payment.capturable()), false, NOW);
            case CANCEL -> payment.state() == PaymentState.PARTIALLY_CAPTURED
                    ? new PaymentOutcome.Rejected(payment.id(), PaymentOutcome.Reason.STATE_MISMATCH, payment.state())
                    : payment.cancel(NOW);
            case RELEASE_REMAINDER -> payment.state() == PaymentState.PARTIALLY_CAPTURED
                    ? payment.cancel(NOW)
                    : new PaymentOutcome.Rejected(payment.id(), PaymentOutcome.Reason.STATE_MISMATCH, payment.state());
            case REFUND_PART -> payment.refund(won(1_000), NOW);
            case REFUND_REST -> payment.refund(positiveOr(payment.refundable()), NOW);
        };
    }

    // the approval transition follows the capture mode, so a purchase is tried on the same state in AUTOMATIC mode
    private static Payment purchaseTwin(Payment payment) {
        var s = payment.snapshot();
        return Payment.restore(new Payment.Snapshot(s.id(), s.orderId(), s.tenantId(), s.amount(), CaptureMode.AUTOMATIC,
                s.psp(), s.paymentMethod(), s.attemptKey(), s.createdAt(), s.state(), s.pspReference(), s.captured(),
                s.refunded(), s.failure(), s.failureDetail(), s.updatedAt(), s.version()));
    }

    private static Money positiveOr(Money amount) {
        return amount.isPositive() ? amount : won(1_000);
    }

    private static Map<PaymentState, Map<PaymentTransition, String>> expected() {
        var lines = EXPECTED.strip().lines().toList();
        var transitions = Arrays.stream(lines.getFirst().split("\\|")[1].trim().split("\\s+"))
                .map(PaymentTransition::valueOf).toList();
        Map<PaymentState, Map<PaymentTransition, String>> table = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            var parts = line.split("\\|");
            var targets = parts[1].trim().split("\\s+");
            Map<PaymentTransition, String> row = new HashMap<>();
            for (int i = 0; i < transitions.size(); i++) {
                row.put(transitions.get(i), targets[i]);
            }
            table.put(PaymentState.valueOf(parts[0].trim()), row);
        }
        return table;
    }
}
