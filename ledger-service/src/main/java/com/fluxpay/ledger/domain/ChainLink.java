package com.fluxpay.ledger.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * One entry as the hash chain sees it: its fields as stored (plain strings, no invariants, so a tampered
 * row can still be read and judged), the hash of the entry before it in its tenant's ledger, and its own.
 * The canonical form hashed is specified in docs/ledger.md; changing it breaks every stored chain.
 */
public record ChainLink(long sequence, String tenantId, UUID sourceEventId, String paymentId, String kind,
                        Instant occurredAt, List<Line> lines, String previousHash, String hash) {

    /** The previous hash of a tenant's first entry. */
    public static final String GENESIS = "0".repeat(64);

    public record Line(String account, String currency, String side, long amount) {
    }

    public ChainLink {
        lines = List.copyOf(lines);
    }

    /** The link that appends {@code entry} after a chain whose last hash is {@code previousHash}. */
    public static ChainLink append(long sequence, String previousHash, JournalEntry entry) {
        var lines = entry.postings().stream().map(p -> new Line(p.account().code().name(),
                p.account().currency().getCurrencyCode(), p.side().name(), p.amount())).toList();
        var unsigned = new ChainLink(sequence, entry.tenantId(), entry.sourceEventId(), entry.paymentId(),
                entry.kind().name(), entry.occurredAt(), lines, previousHash, null);
        return unsigned.withHash(unsigned.recomputedHash());
    }

    public ChainLink withHash(String newHash) {
        return new ChainLink(sequence, tenantId, sourceEventId, paymentId, kind, occurredAt, lines, previousHash,
                newHash);
    }

    /** SHA-256 of {@link #canonicalForm()}, lowercase hex. */
    public String recomputedHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonicalForm().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }

    /**
     * One field per line, in a fixed order. Free text (tenant and payment ids) is length-prefixed so no
     * value can pass for a field boundary.
     */
    public String canonicalForm() {
        var text = new StringBuilder("fluxpay-ledger-entry-v1\n")
                .append("sequence=").append(sequence).append('\n')
                .append("previous=").append(previousHash).append('\n')
                .append("tenant=").append(prefixed(tenantId)).append('\n')
                .append("source=").append(sourceEventId).append('\n')
                .append("payment=").append(prefixed(paymentId)).append('\n')
                .append("kind=").append(kind).append('\n')
                .append("occurredAt=").append(occurredAt).append('\n');
        for (Line line : lines) {
            text.append("posting=").append(line.account()).append('|').append(line.currency()).append('|')
                    .append(line.side()).append('|').append(line.amount()).append('\n');
        }
        return text.toString();
    }

    private static String prefixed(String value) {
        return value.length() + ":" + value;
    }
}
