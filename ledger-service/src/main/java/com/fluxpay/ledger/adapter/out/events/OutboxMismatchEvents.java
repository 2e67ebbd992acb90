package com.fluxpay.ledger.adapter.out.events;

import com.fluxpay.contracts.ledger.LedgerEventTypes;
import com.fluxpay.contracts.ledger.LedgerMismatchDetected;
import com.fluxpay.contracts.ledger.LedgerMismatchResolved;
import com.fluxpay.ledger.application.port.MismatchEvents;
import com.fluxpay.ledger.domain.audit.Mismatch;
import com.fluxpay.platform.outbox.Outbox;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mismatch events on fluxpay.ledger.events, keyed by payment id (for credit findings: the top-up's grant id or the
 * credit account id), through the outbox; each is logged for operators too.
 */
public class OutboxMismatchEvents implements MismatchEvents {

    private static final Logger log = LoggerFactory.getLogger(OutboxMismatchEvents.class);

    private final Outbox outbox;

    public OutboxMismatchEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void detected(String mismatchId, Mismatch m) {
        log.warn("ledger mismatch {} of {} (tenant {}): missing {}, findings {}", mismatchId, m.paymentId(),
                m.tenantId(), m.missingEvent(), m.findings());
        var findings = m.findings().stream().map(f -> new LedgerMismatchDetected.Finding(f.kind().name(),
                String.valueOf(f.sourceEventId()), f.eventType(), f.claimedAmount(), f.bookedAmount(), f.currency(),
                f.detail())).toList();
        outbox.append(LedgerEventTypes.MISMATCH_DETECTED, m.paymentId(), m.tenantId(),
                new LedgerMismatchDetected(mismatchId, m.paymentId(), m.tenantId(), m.missingEvent(), findings,
                        m.detectedAt()));
    }

    @Override
    public void resolved(String mismatchId, Mismatch m, Instant at) {
        log.info("ledger mismatch {} of {} (tenant {}) resolved", mismatchId, m.paymentId(), m.tenantId());
        outbox.append(LedgerEventTypes.MISMATCH_RESOLVED, m.paymentId(), m.tenantId(),
                new LedgerMismatchResolved(mismatchId, m.paymentId(), m.tenantId(), at));
    }
}
