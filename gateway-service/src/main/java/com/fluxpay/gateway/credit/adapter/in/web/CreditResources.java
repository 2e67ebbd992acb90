package com.fluxpay.gateway.credit.adapter.in.web;

import com.fluxpay.gateway.credit.domain.CreditAccountView;
import com.fluxpay.gateway.credit.domain.CreditBalance;
import com.fluxpay.gateway.credit.domain.CreditGrantView;
import com.fluxpay.gateway.credit.domain.CreditMovementView;
import com.fluxpay.gateway.credit.domain.CreditUsageView;
import java.time.Instant;

/** Credits as the API shows them: balances, statement lines, grants and usages. Quantities are credits of a unit. */
public final class CreditResources {

    private CreditResources() {
    }

    /** {@code version}: the account's movement count when the balance was stated (0: none yet). */
    public record Balance(long available, long reserved, long version) {

        public static Balance of(CreditBalance balance) {
            return balance == null ? null : new Balance(balance.available(), balance.reserved(), balance.version());
        }
    }

    public record Failure(String code, String reason) {

        public static Failure of(String code, String reason) {
            return code == null ? null : new Failure(code, reason);
        }
    }

    public record Account(String customerId, String unit, long available, long reserved, long version, Instant updatedAt) {

        public static Account of(CreditAccountView view) {
            return new Account(view.customerId(), view.unit(), view.balance().available(), view.balance().reserved(),
                    view.balance().version(), view.updatedAt());
        }
    }

    /** {@code balanceAfter}: the account's balance after this movement. */
    public record Movement(String id, String kind, long credits, Balance balanceAfter, String grantId, String usageId,
                    String cause, Instant at) {

        public static Movement of(CreditMovementView view) {
            return new Movement(view.movementId(), view.kind(), view.quantity(), Balance.of(view.balanceAfter()),
                    view.grantId(), view.usageId(), view.cause(), view.at());
        }
    }

    /** {@code balance}: the account's balance right after the grant (null until granted). */
    public record Grant(String id, String customerId, String unit, long credits, Instant expiresAt, String reason,
                 String status, Failure failure, Balance balance, Instant createdAt, Instant updatedAt) {

        public static Grant of(CreditGrantView view) {
            return new Grant(view.id(), view.customerId(), view.unit(), view.quantity(), view.expiresAt(),
                    view.reason(), view.status(), Failure.of(view.failureCode(), view.failureReason()),
                    Balance.of(view.balance()), view.requestedAt(), view.updatedAt());
        }
    }

    /** {@code balance}: the account's balance as the usage's last event stated it (null until answered). */
    public record Usage(String id, String customerId, String unit, String feature, long credits, long consumed,
                 String status, String reservationId, Instant expiresAt, Failure failure, Balance balance,
                 Instant createdAt, Instant updatedAt) {

        public static Usage of(CreditUsageView view) {
            return new Usage(view.usageId(), view.customerId(), view.unit(), view.feature(), view.quantity(),
                    view.consumed(), view.status(), view.reservationId(), view.expiresAt(),
                    Failure.of(view.failureCode(), view.failureReason()), Balance.of(view.balance()),
                    view.requestedAt(), view.updatedAt());
        }
    }
}
