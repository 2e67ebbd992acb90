package com.fluxpay.gateway.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrialBalanceTest {

    @Test
    void debit_normal_and_credit_normal_balances_agree_per_currency_in_a_sound_ledger() {
        var trial = TrialBalance.of(List.of(
                new TrialBalance.Row("PSP_CLEARING", "ASSET", "KRW", 15_000),
                new TrialBalance.Row("MERCHANT_PAYABLE", "LIABILITY", "KRW", 15_000),
                new TrialBalance.Row("PSP_CLEARING", "ASSET", "USD", 700),
                new TrialBalance.Row("MERCHANT_PAYABLE", "LIABILITY", "USD", 700)));

        assertThat(trial.balanced()).isTrue();
        assertThat(trial.perCurrency().get("KRW")).isEqualTo(new TrialBalance.Totals(15_000, 15_000));
    }

    @Test
    void a_currency_whose_sides_differ_makes_the_whole_trial_balance_unbalanced() {
        var trial = TrialBalance.of(List.of(
                new TrialBalance.Row("PSP_CLEARING", "ASSET", "KRW", 15_000),
                new TrialBalance.Row("MERCHANT_PAYABLE", "LIABILITY", "KRW", 14_999)));

        assertThat(trial.balanced()).isFalse();
    }
}
