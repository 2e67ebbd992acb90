package com.fluxpay.credit.application;

import com.fluxpay.credit.application.port.CreditAccounts;
import com.fluxpay.credit.domain.CreditAccount;
import com.fluxpay.credit.domain.CreditAccountId;
import com.fluxpay.credit.domain.Movement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Accounts kept as snapshots and an append-only list of movements, as the database will keep them. */
final class InMemoryCreditAccounts implements CreditAccounts {

    final Map<CreditAccountId, CreditAccount.Snapshot> rows = new LinkedHashMap<>();
    final List<Movement> movements = new ArrayList<>();

    @Override
    public Optional<CreditAccount> lock(CreditAccountId id, Named named) {
        return Optional.ofNullable(rows.get(id)).map(CreditAccount::restore);
    }

    @Override
    public void add(CreditAccount account) {
        if (rows.putIfAbsent(account.id(), account.snapshot()) != null) {
            throw new IllegalStateException("account " + account.id() + " exists");
        }
        movements.addAll(account.newMovements());
    }

    @Override
    public void update(CreditAccount account) {
        rows.put(account.id(), account.snapshot());
        movements.addAll(account.newMovements());
    }

    @Override
    public List<CreditAccountId> dueBy(Instant now, int limit) {
        return rows.values().stream().map(CreditAccount::restore)
                .filter(account -> account.nextDueAt().filter(due -> !due.isAfter(now)).isPresent())
                .map(CreditAccount::id).limit(limit).toList();
    }
}
