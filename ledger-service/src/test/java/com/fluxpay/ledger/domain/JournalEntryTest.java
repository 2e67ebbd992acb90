package com.fluxpay.ledger.domain;

import static com.fluxpay.ledger.domain.Events.AT;
import static com.fluxpay.ledger.domain.Events.TENANT;
import static com.fluxpay.ledger.domain.Events.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JournalEntryTest {

    private static JournalEntry entryOf(Posting... postings) {
        return new JournalEntry(UUID.randomUUID(), TENANT, "pay_1", EntryKind.CAPTURE, List.of(postings), AT);
    }

    @Test
    void an_entry_whose_debits_and_credits_differ_is_a_broken_invariant() {
        assertThatIllegalStateException().isThrownBy(() -> entryOf(
                Posting.debit(account(AccountCode.PSP_CLEARING), 1_000),
                Posting.credit(account(AccountCode.MERCHANT_PAYABLE), 999)))
                .withMessageContaining("unbalanced");
    }

    @Test
    void an_entry_balances_per_currency_not_across_currencies() {
        var usd = new AccountRef(TENANT, AccountCode.MERCHANT_PAYABLE, Currency.getInstance("USD"));
        assertThatIllegalStateException().isThrownBy(() -> entryOf(
                Posting.debit(account(AccountCode.PSP_CLEARING), 1_000), Posting.credit(usd, 1_000)));
    }

    @Test
    void an_entry_posts_to_its_own_tenant_only_and_to_at_least_two_lines() {
        var other = new AccountRef("tenant-b", AccountCode.MERCHANT_PAYABLE, Events.KRW);
        assertThatIllegalArgumentException().isThrownBy(() -> entryOf(
                Posting.debit(account(AccountCode.PSP_CLEARING), 1_000), Posting.credit(other, 1_000)));
        assertThatIllegalArgumentException().isThrownBy(() -> entryOf(Posting.debit(account(AccountCode.PSP_CLEARING), 1)));
        assertThatIllegalArgumentException().isThrownBy(() -> Posting.debit(account(AccountCode.PSP_CLEARING), 0));
    }

    @Test
    void a_reversal_undoes_every_posting_and_is_itself_balanced() {
        var entry = entryOf(Posting.debit(account(AccountCode.PSP_CLEARING), 1_000),
                Posting.credit(account(AccountCode.MERCHANT_PAYABLE), 1_000));
        var reversal = entry.reversal(UUID.randomUUID(), AT.plusSeconds(5));

        assertThat(reversal.kind()).isEqualTo(EntryKind.REVERSAL);
        assertThat(reversal.postings()).containsExactly(Posting.credit(account(AccountCode.PSP_CLEARING), 1_000),
                Posting.debit(account(AccountCode.MERCHANT_PAYABLE), 1_000));
        assertThat(reversal.amountIn(Events.KRW)).isEqualTo(1_000);
    }

    @Test
    void the_time_of_an_entry_is_kept_to_the_microsecond_as_postgres_stores_it() {
        var entry = entryOf(Posting.debit(account(AccountCode.PSP_CLEARING), 1),
                Posting.credit(account(AccountCode.MERCHANT_PAYABLE), 1));
        assertThat(entry.occurredAt().getNano() % 1_000).isZero();
    }
}
