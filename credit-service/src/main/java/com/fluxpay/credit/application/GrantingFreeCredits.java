package com.fluxpay.credit.application;

import com.fluxpay.contracts.credit.CreditAccountIds;
import com.fluxpay.contracts.credit.CreditCommandRejected;
import com.fluxpay.contracts.credit.CreditEventTypes;
import com.fluxpay.contracts.credit.GrantCredits;
import com.fluxpay.contracts.error.ErrorCode;
import com.fluxpay.credit.application.port.CreditRefusals;
import com.fluxpay.credit.domain.CreditAccountId;
import com.fluxpay.credit.domain.CreditUnit;
import com.fluxpay.credit.domain.Funding;
import com.fluxpay.credit.domain.GrantId;
import com.fluxpay.credit.domain.GrantOutcome;
import com.fluxpay.credit.domain.NewGrant;
import com.fluxpay.platform.transactions.Transactions;
import java.time.Clock;
import java.util.Optional;

/**
 * A {@code credit.grant} command: a free grant, or a {@code credit.command.rejected} saying why not. A retried
 * command (same grant id) grants nothing more and publishes nothing: its first {@code credit.granted} answered it.
 */
public final class GrantingFreeCredits {


    private final GrantingCredits granting;
    private final CreditRefusals refusals;
    private final Transactions transactions;
    private final Clock clock;

    public GrantingFreeCredits(GrantingCredits granting, CreditRefusals refusals, Transactions transactions,
                               Clock clock) {
        this.granting = granting;
        this.refusals = refusals;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Optional<GrantOutcome> grant(GrantCredits command) {
        var invalid = violation(command);
        if (invalid.isPresent()) {
            transactions.run(() -> refusals.commandRejected(rejection(command, ErrorCode.CRD_001, invalid.get())));
            return Optional.empty();
        }
        var account = new CreditAccountId(command.tenantId(), command.customerId(), new CreditUnit(command.unit()));
        var grant = new NewGrant(new GrantId(command.grantId()), new Funding.Free(command.reason()), command.quantity(),
                command.priority() == null ? 1 : command.priority(), Optional.ofNullable(command.expiresAt()),
                "grant:" + command.grantId());
        return Optional.of(transactions.inTransaction(() -> {
            var outcome = granting.grant(account, grant);
            if (outcome instanceof GrantOutcome.Refused refused
                    && refused.reason() == GrantOutcome.Reason.ALREADY_EXPIRED) {
                refusals.commandRejected(rejection(command, ErrorCode.CRD_002, "expiresAt " + command.expiresAt()
                        + " is not in the future"));
            }
            return outcome;
        }));
    }

    private static Optional<String> violation(GrantCredits command) {
        if (blank(command.grantId()) || blank(command.tenantId()) || blank(command.customerId())
                || blank(command.reason())) {
            return Optional.of("grantId, tenantId, customerId and reason are required");
        }
        if (!CreditUnit.isValid(command.unit())) {
            return Optional.of("unit " + command.unit() + " is not 1-32 lower-case letters, digits, '_' or '-'");
        }
        if (command.quantity() <= 0) {
            return Optional.of("quantity " + command.quantity() + " is not positive");
        }
        return Optional.empty();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private CreditCommandRejected rejection(GrantCredits command, ErrorCode code, String reason) {
        String accountId = blank(command.tenantId()) || blank(command.customerId()) || command.unit() == null ? null
                : CreditAccountIds.of(command.tenantId(), command.customerId(), command.unit());
        return new CreditCommandRejected(accountId, command.tenantId(), command.customerId(), command.unit(),
                CreditEventTypes.GRANT.name(), command.grantId(), code.code(), reason, clock.instant());
    }
}
