package com.fluxpay.credit.application;

import com.fluxpay.contracts.credit.CreditAccountIds;
import com.fluxpay.contracts.credit.CreditReservationRejected;
import com.fluxpay.contracts.credit.ServiceUsageCompleted;
import com.fluxpay.contracts.credit.ServiceUsageFailed;
import com.fluxpay.contracts.credit.ServiceUsageRequested;
import com.fluxpay.contracts.error.ErrorCode;
import com.fluxpay.credit.application.port.CreditAccounts;
import com.fluxpay.credit.application.port.CreditRefusals;
import com.fluxpay.credit.application.port.ReservationOwners;
import com.fluxpay.credit.domain.Balance;
import com.fluxpay.credit.domain.ConsumeOutcome;
import com.fluxpay.credit.domain.CreditAccountId;
import com.fluxpay.credit.domain.CreditUnit;
import com.fluxpay.credit.domain.ReleaseOutcome;
import com.fluxpay.credit.domain.Reservation;
import com.fluxpay.credit.domain.ReservationId;
import com.fluxpay.credit.domain.ReservationOutcome;
import com.fluxpay.platform.transactions.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The usage saga a client service runs over fluxpay.service.usage: requested holds credits, completed consumes
 * (at most what was held) and releases the rest, failed releases. Exactly once per usage id: the reservation id
 * is derived from it, so a repeat finds the reservation and changes nothing, whatever envelope carried it.
 */
public final class MeteringUsage {

    private static final System.Logger LOG = System.getLogger(MeteringUsage.class.getName());

    private final ChangingCreditAccount changing;
    private final ReservationOwners owners;
    private final CreditRefusals refusals;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration defaultTimeout;

    public MeteringUsage(ChangingCreditAccount changing, ReservationOwners owners, CreditRefusals refusals,
                         Transactions transactions, Clock clock, Duration defaultTimeout) {
        this.changing = changing;
        this.owners = owners;
        this.refusals = refusals;
        this.transactions = transactions;
        this.clock = clock;
        this.defaultTimeout = defaultTimeout;
    }

    /** What a reservation came to, and the account as it stood after: a rejection states its balance. */
    public record Reserving(ReservationOutcome outcome, Balance balance, long version) {
    }

    /** Empty when the request itself was invalid (rejected with CRD_001). */
    public Optional<Reserving> requested(String tenantId, ServiceUsageRequested usage) {
        requireText(tenantId, "a usage's tenant (header ce_tenantid)");
        requireText(usage.usageId(), "a usage's id");
        var reservationId = UsageReservations.reservationFor(usage.usageId());
        var invalid = violation(usage);
        if (invalid.isPresent()) {
            transactions.run(() -> refusals.reservationRejected(rejection(tenantId, usage, ErrorCode.CRD_001,
                    invalid.get(), Balance.EMPTY, 0)));
            return Optional.empty();
        }
        var account = new CreditAccountId(tenantId, usage.customerId(), new CreditUnit(usage.unit()));
        var timeout = usage.timeoutSeconds() == null ? defaultTimeout : Duration.ofSeconds(usage.timeoutSeconds());
        return Optional.of(transactions.inTransaction(() -> {
            var reserving = changing.change(account, CreditAccounts.Named.reservation(reservationId), credits ->
                    new Reserving(credits.reserve(reservationId, usage.quantity(), timeout, "reserve:" + reservationId,
                            clock.instant()), credits.balance(), credits.sequence()));
            if (reserving.outcome() instanceof ReservationOutcome.Refused refused
                    && refused.reason() == ReservationOutcome.Reason.INSUFFICIENT_BALANCE) {
                refusals.reservationRejected(rejection(tenantId, usage, ErrorCode.PAY_001, "available "
                        + refused.available() + " < requested " + refused.requested(), reserving.balance(),
                        reserving.version()));
            }
            // DUPLICATE_RESERVATION: this usage was answered when it was first reserved; a second answer would
            // be a second truth about it, so a repeat publishes nothing
            return reserving;
        }));
    }

    /**
     * Consumes what the usage used, capped at what was reserved (a client cannot charge more than it held), and
     * releases the rest. A completion for a usage nothing is held for (never requested, rejected, already
     * completed, failed or timed out) changes nothing.
     */
    public Optional<ConsumeOutcome> completed(String tenantId, ServiceUsageCompleted usage) {
        if (usage.quantity() < 0) {
            throw new IllegalArgumentException("usage " + usage.usageId() + " used a negative quantity");
        }
        var reservationId = UsageReservations.reservationFor(usage.usageId());
        return ownerOf(tenantId, reservationId, "completed").map(account ->
                changing.change(account, CreditAccounts.Named.reservation(reservationId), credits -> {
                    long held = credits.reservation(reservationId).filter(Reservation::isOpen)
                            .map(Reservation::quantity).orElse(usage.quantity());
                    return credits.consume(reservationId, Math.min(usage.quantity(), held),
                            "consume:" + reservationId, clock.instant());
                }));
    }

    public Optional<ReleaseOutcome> failed(String tenantId, ServiceUsageFailed usage) {
        var reservationId = UsageReservations.reservationFor(usage.usageId());
        return ownerOf(tenantId, reservationId, "failed").map(account ->
                changing.change(account, CreditAccounts.Named.reservation(reservationId),
                        credits -> credits.release(reservationId, "release:" + reservationId, clock.instant())));
    }

    private Optional<CreditAccountId> ownerOf(String tenantId, ReservationId reservationId, String step) {
        requireText(tenantId, "a usage's tenant (header ce_tenantid)");
        var owner = owners.accountHolding(tenantId, reservationId);
        if (owner.isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "usage {0} {1} but nothing was reserved for it: nothing to do",
                    reservationId, step);
        }
        return owner;
    }

    private static Optional<String> violation(ServiceUsageRequested usage) {
        if (usage.customerId() == null || usage.customerId().isBlank()) {
            return Optional.of("customerId is blank");
        }
        if (!CreditUnit.isValid(usage.unit())) {
            return Optional.of("unit " + usage.unit() + " is not 1-32 lower-case letters, digits, '_' or '-'");
        }
        if (usage.quantity() <= 0) {
            return Optional.of("quantity " + usage.quantity() + " is not positive");
        }
        if (usage.timeoutSeconds() != null && usage.timeoutSeconds() <= 0) {
            return Optional.of("timeoutSeconds " + usage.timeoutSeconds() + " is not positive");
        }
        return Optional.empty();
    }

    private CreditReservationRejected rejection(String tenantId, ServiceUsageRequested usage, ErrorCode code,
                                                String reason, Balance balance, long version) {
        String accountId = usage.customerId() == null || usage.unit() == null ? null
                : CreditAccountIds.of(tenantId, usage.customerId(), usage.unit());
        return new CreditReservationRejected(accountId, tenantId, usage.customerId(), usage.unit(),
                UsageReservations.reservationFor(usage.usageId()).value(), usage.usageId(), usage.quantity(),
                code.code(), reason, balance.available(), balance.reserved(), version, clock.instant());
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
    }
}
