package com.fluxpay.ledger.application.port;

import com.fluxpay.ledger.domain.audit.BookedEntry;
import java.util.List;

/** The journal entries of one payment, as the auditor compares them. */
public interface BookedEntries {

    List<BookedEntry> ofPayment(String paymentId);
}
