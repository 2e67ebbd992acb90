package com.fluxpay.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HashChainTest {

    private static List<ChainLink> chainOf(int length) {
        var ledger = new InMemoryLedger();
        for (int i = 0; i < length; i++) {
            // fixed ids, so two chains of the same length are the same chain
            ledger.apply(new MoneyEvent.Approved(UUID.nameUUIDFromBytes(("event-" + i).getBytes()), "pay_" + i,
                    Events.TENANT, Events.KRW, 1_000 + i, true, Events.AT));
        }
        List<ChainLink> links = new ArrayList<>();
        String previous = ChainLink.GENESIS;
        for (int i = 0; i < ledger.entries.size(); i++) {
            var link = ChainLink.append(i + 1, previous, ledger.entries.get(i));
            links.add(link);
            previous = link.hash();
        }
        return links;
    }

    private static ChainLink withAmount(ChainLink link, long amount) {
        var lines = link.lines().stream().map(l -> new ChainLink.Line(l.account(), l.currency(), l.side(), amount)).toList();
        return new ChainLink(link.sequence(), link.tenantId(), link.sourceEventId(), link.paymentId(), link.kind(),
                link.occurredAt(), lines, link.previousHash(), link.hash());
    }

    /** Verified against a head that says the chain has five entries, as written. */
    private static ChainVerdict verify(List<ChainLink> links) {
        var written = chainOf(5);
        return HashChain.verify("tenant-a", links.iterator(), 5, written.get(4).hash());
    }

    @Test
    void entries_cut_off_at_the_end_are_caught_by_the_chain_head() {
        var links = chainOf(5);
        var verdict = HashChain.verify("tenant-a", links.subList(0, 4).iterator(), 5, links.get(4).hash());

        assertThat(verdict.firstBrokenLink().sequence()).isEqualTo(5);
    }

    @Test
    void an_untouched_chain_verifies_to_its_last_entry() {
        var verdict = verify(chainOf(5));

        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.entriesChecked()).isEqualTo(5);
    }

    @Test
    void a_changed_amount_is_named_at_its_own_entry() {
        var links = chainOf(5);
        links.set(2, withAmount(links.get(2), 1));

        var verdict = verify(links);

        assertThat(verdict.firstBrokenLink().sequence()).isEqualTo(3);
        assertThat(verdict.firstBrokenLink().sourceEventId()).isEqualTo(links.get(2).sourceEventId());
        assertThat(verdict.entriesChecked()).isEqualTo(2);
    }

    @Test
    void a_rehashed_entry_breaks_the_link_after_it() {
        var links = chainOf(5);
        var forged = withAmount(links.get(2), 1);
        links.set(2, forged.withHash(forged.recomputedHash()));

        assertThat(verify(links).firstBrokenLink().sequence()).isEqualTo(4);
    }

    @Test
    void a_deleted_entry_is_named_where_the_sequence_jumps() {
        var links = chainOf(5);
        links.remove(1);

        var broken = verify(links).firstBrokenLink();
        assertThat(broken.sequence()).isEqualTo(3);
        assertThat(broken.reason()).contains("missing");
    }

    @Test
    void ids_cannot_shift_characters_across_a_field_boundary() {
        var link = chainOf(1).get(0);
        var shifted = new ChainLink(link.sequence(), link.tenantId() + "\npayment=x", link.sourceEventId(),
                link.paymentId(), link.kind(), link.occurredAt(), link.lines(), link.previousHash(), null);
        assertThat(shifted.recomputedHash()).isNotEqualTo(link.hash());
        assertThat(link.canonicalForm()).startsWith("fluxpay-ledger-entry-v1\nsequence=1\n");
    }
}
