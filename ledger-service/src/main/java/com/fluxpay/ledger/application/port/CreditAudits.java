package com.fluxpay.ledger.application.port;

import com.fluxpay.ledger.domain.audit.CreditAccountTotals;
import com.fluxpay.ledger.domain.audit.PaymentClaim;
import com.fluxpay.ledger.domain.audit.RecordedGrant;
import com.fluxpay.ledger.domain.audit.TopUpOrder;
import java.time.Instant;
import java.util.List;

/** What the credit auditor reads, and how far it has checked. */
public interface CreditAudits {

    /** Top-up orders not yet found consistent with a capture claimed up to {@code settled}; least recently checked first. */
    List<TopUpOrder> topUpsToCheck(Instant settled, int limit);

    /** The order's payment claims that captured money, claimed up to {@code settled}, oldest first. */
    List<PaymentClaim> capturesOf(String orderId, Instant settled);

    /** The credit.granted events of {@code grantId} in the tenant, recorded up to {@code settled}, oldest first. */
    List<RecordedGrant> grantsOf(String tenantId, String grantId, Instant settled);

    void markTopUpChecked(String orderId, boolean consistent, Instant at);

    /** Credit accounts with movements not yet found consistent, the last recorded up to {@code settled}. */
    List<CreditAccountTotals> accountsToCheck(Instant settled, int limit);

    /** Marks the account checked as of its {@code movements}-th movement. */
    void markAccountChecked(String accountId, long movements, boolean consistent, Instant at);
}
