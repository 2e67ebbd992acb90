package com.fluxpay.gateway.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrialBalanceViewTest {

    @Test
    void debit_normal_and_credit_normal_balances_agree_per_currency_in_a_sound_ledger() {
        var trial = TrialBalanceView.of(List.of(
                new TrialBalanceView.Row("PSP_CLEARING", "ASSET", "KRW", 15_000),
                new TrialBalanceView.Row("MERCHANT_PAYABLE", "LIABILITY", "KRW", 15_000),
                new TrialBalanceView.Row("PSP_CLEARING", "ASSET", "USD", 700),
                new TrialBalanceView.Row("MERCHANT_PAYABLE", "LIABILITY", "USD", 700)));

        assertThat(trial.balanced()).isTrue();
        assertThat(trial.perCurrency().get("KRW")).isEqualTo(new TrialBalanceView.Totals(15_000, 15_000));
    }

    @Test
    void a_currency_whose_sides_differ_makes_the_whole_trial_balance_unbalanced() {
        var trial = TrialBalanceView.of(List.of(
                new TrialBalanceView.Row("PSP_CLEARING", "ASSET", "KRW", 15_000),
                new TrialBalanceView.Row("MERCHANT_PAYABLE", "LIABILITY", "KRW", 14_999)));

        assertThat(trial.balanced()).isFalse();
    }
}
