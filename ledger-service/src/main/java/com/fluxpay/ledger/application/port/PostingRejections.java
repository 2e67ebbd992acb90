package com.fluxpay.ledger.application.port;

import com.fluxpay.ledger.domain.MoneyEvent;
import com.fluxpay.ledger.domain.PostingOutcome;
import java.time.Instant;

/** Events the posting rules refused, kept for the auditor and the operator. */
public interface PostingRejections {

    void record(MoneyEvent event, PostingOutcome.Rejected rejection, Instant at);
}
