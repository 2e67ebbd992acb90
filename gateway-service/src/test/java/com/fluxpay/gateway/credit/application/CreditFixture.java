package com.fluxpay.gateway.credit.application;

import com.fluxpay.gateway.command.TenantId;
import com.fluxpay.gateway.credit.application.port.CreditCommands;
import com.fluxpay.gateway.credit.application.port.CreditProjection;
import com.fluxpay.gateway.credit.application.port.CreditViews;
import com.fluxpay.gateway.credit.domain.CreditAccountView;
import com.fluxpay.gateway.credit.domain.CreditBalance;
import com.fluxpay.gateway.credit.domain.CreditGrantView;
import com.fluxpay.gateway.credit.domain.CreditMovementView;
import com.fluxpay.gateway.credit.domain.CreditUsageView;
import com.fluxpay.gateway.readmodel.domain.Cursor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** The credit capability's ports in memory: its use cases without Kafka or SQL (clock and wait: OrderFixture's). */
public final class CreditFixture {

    public static final String TENANT = "ten_shop";
    public static final String OTHER_TENANT = "ten_neighbour";

    private CreditFixture() {
    }

    /** The credit read models: what the views read and the projection writes, version-guarded like the SQL. */
    public static final class InMemoryCredits implements CreditViews, CreditProjection {

        private final Map<String, CreditAccountView> accounts = new ConcurrentHashMap<>();
        private final List<CreditMovementView> movements = new ArrayList<>();
        private final Map<String, CreditGrantView> grants = new ConcurrentHashMap<>();
        private final Map<String, CreditUsageView> usages = new ConcurrentHashMap<>();

        private static String usageKey(String tenantId, String usageId) {
            return tenantId + "/" + usageId;
        }

        @Override
        public Optional<CreditAccountView> findAccount(TenantId tenant, String customerId, String unit) {
            String tenantId = tenant.value();
            return accounts.values().stream().filter(a -> a.tenantId().equals(tenantId)
                    && a.customerId().equals(customerId) && a.unit().equals(unit)).findFirst();
        }

        @Override
        public synchronized List<CreditMovementView> movements(String accountId, Optional<Cursor> after, int limit) {
            Comparator<CreditMovementView> newestFirst = Comparator.comparing(CreditMovementView::at)
                    .thenComparing(CreditMovementView::movementId).reversed();
            return movements.stream().filter(m -> m.accountId().equals(accountId))
                    .filter(m -> after.map(c -> m.at().isBefore(c.createdAt())
                            || m.at().equals(c.createdAt()) && m.movementId().compareTo(c.id()) < 0).orElse(true))
                    .sorted(newestFirst).limit(limit).toList();
        }

        @Override
        public Optional<CreditGrantView> findGrant(TenantId tenant, String grantId) {
            String tenantId = tenant.value();
            return Optional.ofNullable(grants.get(grantId)).filter(g -> g.tenantId().equals(tenantId));
        }

        @Override
        public Optional<CreditUsageView> findUsage(TenantId tenant, String usageId) {
            String tenantId = tenant.value();
            return Optional.ofNullable(usages.get(usageKey(tenantId, usageId)));
        }

        @Override
        public void stated(CreditAccountView account) {
            accounts.merge(account.accountId(), account, (old, now) ->
                    old.balance().version() < now.balance().version() ? now : old);
        }

        @Override
        public synchronized void moved(String tenantId, CreditMovementView movement) {
            if (movements.stream().noneMatch(m -> m.accountId().equals(movement.accountId())
                    && m.movementId().equals(movement.movementId()))) {
                movements.add(movement);
            }
        }

        @Override
        public void granted(CreditGrantView grant) {
            grants.merge(grant.id(), grant, (old, now) -> new CreditGrantView(old.id(), old.tenantId(),
                    old.customerId(), old.unit(), old.quantity(), old.expiresAt(), old.reason(),
                    CreditGrantView.GRANTED, null, null, now.balance(), old.requestedAt(), now.updatedAt()));
        }

        @Override
        public void grantRejected(String grantId, String code, String reason, Instant at) {
            grants.computeIfPresent(grantId, (id, g) -> g.isSettled() ? g : new CreditGrantView(g.id(), g.tenantId(),
                    g.customerId(), g.unit(), g.quantity(), g.expiresAt(), g.reason(), CreditGrantView.REJECTED, code,
                    reason, null, g.requestedAt(), at));
        }

        @Override
        public void answered(CreditUsageView usage) {
            usages.merge(usageKey(usage.tenantId(), usage.usageId()), usage, (old, now) -> old.isFinished()
                    && !CreditUsageView.REJECTED.equals(old.status()) ? old
                    : changed(old, now.status(), old.consumed(), now.reservationId(), now.failureCode(),
                            now.failureReason(), now.balance(), now.updatedAt()));
        }

        @Override
        public void consumed(String tenantId, String usageId, long quantity, CreditBalance balance, Instant at) {
            usages.computeIfPresent(usageKey(tenantId, usageId), (k, u) -> changed(u, CreditUsageView.CONSUMED,
                    quantity, u.reservationId(), null, null, balance, at));
        }

        @Override
        public void released(String tenantId, String usageId, boolean unused, CreditBalance balance, Instant at) {
            usages.computeIfPresent(usageKey(tenantId, usageId), (k, u) -> changed(u, unused
                    ? CreditUsageView.CONSUMED : CreditUsageView.RELEASED, u.consumed(), u.reservationId(), null,
                    null, balance, at));
        }

        @Override
        public void insertRequested(CreditGrantView grant) {
            grants.putIfAbsent(grant.id(), grant);
        }

        @Override
        public void insertRequested(CreditUsageView usage) {
            usages.putIfAbsent(usageKey(usage.tenantId(), usage.usageId()), usage);
        }

        private static CreditUsageView changed(CreditUsageView u, String status, long consumed, String reservationId,
                                               String code, String reason, CreditBalance balance, Instant at) {
            return new CreditUsageView(u.usageId(), u.tenantId(), u.accountId(), u.customerId(), u.unit(), u.feature(),
                    u.quantity(), consumed, status, reservationId, u.expiresAt(), code, reason, balance,
                    u.requestedAt(), at);
        }
    }

    /**
     * What the gateway sends to credit-service, recorded; like the outbox adapter it writes the REQUESTED row in the
     * same step. The {@code answering} hooks play credit-service answering before the wait ends (by default: not).
     */
    public static final class SentCreditCommands implements CreditCommands {

        private final InMemoryCredits credits;
        public final List<CreditGrantView> grants = new ArrayList<>();
        public final List<CreditUsageView> requested = new ArrayList<>();
        public final List<String> completed = new ArrayList<>();
        public final List<String> failed = new ArrayList<>();
        private Consumer<CreditGrantView> onGrant = grant -> { };
        private Consumer<CreditUsageView> onRequest = usage -> { };
        private Consumer<Long> onComplete = quantity -> { };
        private Consumer<CreditUsageView> onFail = usage -> { };

        public SentCreditCommands(InMemoryCredits credits) {
            this.credits = credits;
        }

        public SentCreditCommands answeringGrant(Consumer<CreditGrantView> answer) {
            this.onGrant = answer;
            return this;
        }

        public SentCreditCommands answeringRequest(Consumer<CreditUsageView> answer) {
            this.onRequest = answer;
            return this;
        }

        public SentCreditCommands answeringCompletion(Consumer<Long> answer) {
            this.onComplete = answer;
            return this;
        }

        public SentCreditCommands answeringFailure(Consumer<CreditUsageView> answer) {
            this.onFail = answer;
            return this;
        }

        @Override
        public void grant(CreditGrantView grant) {
            credits.insertRequested(grant);
            grants.add(grant);
            onGrant.accept(grant);
        }

        @Override
        public void requestUsage(CreditUsageView usage, Long timeoutSeconds) {
            credits.insertRequested(usage);
            requested.add(usage);
            onRequest.accept(usage);
        }

        @Override
        public void completeUsage(CreditUsageView usage, long quantity, Instant at) {
            completed.add(usage.usageId() + ":" + quantity);
            onComplete.accept(quantity);
        }

        @Override
        public void failUsage(CreditUsageView usage, String reason, Instant at) {
            failed.add(usage.usageId());
            onFail.accept(usage);
        }
    }
}
