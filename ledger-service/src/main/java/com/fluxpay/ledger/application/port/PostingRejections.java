package com.fluxpay.ledger.application.port;

import com.fluxpay.ledger.domain.MoneyEvent;
import com.fluxpay.ledger.domain.PostingOutcome;
import java.time.Instant;
import java.util.UUID;

/** Events the posting rules refused, kept for the auditor and the operator. */
public interface PostingRejections {

    /** @param subjectId the payment, or the credit account, the event is about */
    void record(UUID sourceEventId, String subjectId, String tenantId, PostingOutcome.Rejected rejection, Instant at);

    default void record(MoneyEvent event, PostingOutcome.Rejected rejection, Instant at) {
        record(event.sourceEventId(), event.paymentId(), event.tenantId(), rejection, at);
    }
}
