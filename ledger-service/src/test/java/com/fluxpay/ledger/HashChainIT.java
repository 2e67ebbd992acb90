package com.fluxpay.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fluxpay.ledger.adapter.in.web.LedgerVerificationEndpoint;
import com.fluxpay.ledger.domain.ChainVerdict;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HashChainIT extends LedgerIntegrationTest {

    @Autowired
    LedgerVerificationEndpoint endpoint;

    private final String tenant = "chain-" + UUID.randomUUID();

    private UUID book(long amount) {
        var event = capturedApproval(tenant, amount);
        book(event);
        return event.sourceEventId();
    }

    /** What an attacker with database access would do: switch the guard off, edit, switch it on again. */
    private void tamperWithAmountsOf(UUID sourceEventId, long amount) {
        transactions.executeWithoutResult(status -> {
            jdbc.execute("ALTER TABLE posting DISABLE TRIGGER posting_immutable");
            jdbc.update("UPDATE posting SET amount = ? WHERE entry_id = (SELECT id FROM journal_entry "
                    + "WHERE source_event_id = ?)", amount, sourceEventId);
            jdbc.execute("ALTER TABLE posting ENABLE TRIGGER posting_immutable");
        });
    }

    @Test
    void an_untouched_ledger_verifies_to_its_last_entry() {
        book(1_000);
        book(2_000);

        ChainVerdict verdict = endpoint.verify(tenant);
        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.entriesChecked()).isEqualTo(2);
    }

    @Test
    void an_amount_changed_in_the_database_is_named_at_its_entry() {
        book(1_000);
        UUID tampered = book(2_000);
        book(3_000);

        // still balanced, so only the hash can tell
        tamperWithAmountsOf(tampered, 20_000);

        ChainVerdict verdict = endpoint.verify(tenant);
        assertThat(verdict.firstBrokenLink().sequence()).isEqualTo(2);
        assertThat(verdict.firstBrokenLink().sourceEventId()).isEqualTo(tampered);
        assertThat(verdict.entriesChecked()).isEqualTo(1);
        assertThat(trialBalanceOf(tenant)).containsEntry("KRW", 0L);
    }
}
