package com.fluxpay.credit.adapter.out.persistence;

import com.fluxpay.contracts.credit.CreditAccountIds;
import com.fluxpay.credit.application.port.CreditAccounts;
import com.fluxpay.credit.application.port.ReservationOwners;
import com.fluxpay.credit.domain.Allocation;
import com.fluxpay.credit.domain.CreditAccount;
import com.fluxpay.credit.domain.CreditAccountId;
import com.fluxpay.credit.domain.CreditUnit;
import com.fluxpay.credit.domain.DrawDownOrder;
import com.fluxpay.credit.domain.DrawKey;
import com.fluxpay.credit.domain.Funding;
import com.fluxpay.credit.domain.Grant;
import com.fluxpay.credit.domain.GrantCategory;
import com.fluxpay.credit.domain.GrantId;
import com.fluxpay.credit.domain.Money;
import com.fluxpay.credit.domain.Movement;
import com.fluxpay.credit.domain.Reservation;
import com.fluxpay.credit.domain.ReservationId;
import com.fluxpay.credit.domain.ReservationStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Accounts as rows: the account (locked by every change), its grants, reservations with their holds, and the
 * append-only movements with their allocations. A change writes only what its movements touched: every change of
 * a grant or a reservation is a movement naming it.
 */
public class JdbcCreditAccounts implements CreditAccounts, ReservationOwners {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public JdbcCreditAccounts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static String accountIdOf(CreditAccountId id) {
        return CreditAccountIds.of(id.tenantId(), id.customerId(), id.unit().code());
    }

    @Override
    public Optional<CreditAccount> lock(CreditAccountId id, Named named) {
        String accountId = accountIdOf(id);
        var row = lockRow(accountId);
        if (row.isEmpty()) {
            // no row to lock yet: two first changes of one account (two grants) would both insert it. The second
            // waits here for the first's commit, then finds and locks its row (read committed: a fresh snapshot)
            jdbc.query("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", (RowCallbackHandler) rs -> { },
                    "credit_account/" + accountId);
            row = lockRow(accountId);
        }
        return row.map(account -> CreditAccount.restore(new CreditAccount.Snapshot(id, account.order(),
                account.threshold(), account.belowThreshold(), account.sequence(), grantsOf(accountId, named),
                reservationsOf(accountId, named))));
    }

    @Override
    public void add(CreditAccount account) {
        var now = Timestamp.from(clock.instant());
        var balance = account.balance();
        jdbc.update("""
                INSERT INTO credit_account (account_id, tenant_id, customer_id, unit, draw_down_version, draw_down_keys,
                    low_balance_threshold, below_threshold, sequence, available, reserved, refund_pending, next_due_at,
                    created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                accountIdOf(account.id()), account.id().tenantId(), account.id().customerId(),
                account.id().unit().code(), account.drawDownOrder().version(), keys(account.drawDownOrder()),
                threshold(account), belowThreshold(account), account.sequence(), balance.available(),
                balance.reserved(), balance.refundPending(), timestamp(account.nextDueAt().orElse(null)), now, now);
        write(account);
    }

    @Override
    public void update(CreditAccount account) {
        var balance = account.balance();
        long loaded = account.sequence() - account.newMovements().size();
        int updated = jdbc.update("""
                UPDATE credit_account SET draw_down_version = ?, draw_down_keys = ?, low_balance_threshold = ?,
                    below_threshold = ?, sequence = ?, available = ?, reserved = ?, refund_pending = ?, next_due_at = ?,
                    updated_at = ?
                WHERE account_id = ? AND sequence = ?""",
                account.drawDownOrder().version(), keys(account.drawDownOrder()), threshold(account),
                belowThreshold(account), account.sequence(), balance.available(), balance.reserved(),
                balance.refundPending(), timestamp(account.nextDueAt().orElse(null)), Timestamp.from(clock.instant()),
                accountIdOf(account.id()), loaded);
        if (updated != 1) {
            // the row lock makes this impossible; if it happens, two writers interleaved and nothing may commit
            throw new IllegalStateException("account " + account.id() + " is no longer at version " + loaded);
        }
        write(account);
    }

    @Override
    public List<CreditAccountId> dueBy(Instant now, int limit) {
        return jdbc.query("""
                SELECT tenant_id, customer_id, unit FROM credit_account WHERE next_due_at <= ?
                ORDER BY next_due_at, account_id LIMIT ?""",
                (rs, n) -> new CreditAccountId(rs.getString(1), rs.getString(2), new CreditUnit(rs.getString(3))),
                Timestamp.from(now), limit);
    }

    @Override
    public Optional<CreditAccountId> accountHolding(String tenantId, ReservationId reservationId) {
        return jdbc.query("""
                SELECT a.tenant_id, a.customer_id, a.unit FROM credit_reservation r
                JOIN credit_account a ON a.account_id = r.account_id
                WHERE r.tenant_id = ? AND r.reservation_id = ?""",
                (rs, n) -> new CreditAccountId(rs.getString(1), rs.getString(2), new CreditUnit(rs.getString(3))),
                tenantId, reservationId.value()).stream().findFirst();
    }

    // ---- reading

    private record AccountRow(DrawDownOrder order, OptionalLong threshold, boolean belowThreshold, long sequence) {
    }

    private Optional<AccountRow> lockRow(String accountId) {
        return jdbc.query("""
                SELECT draw_down_version, draw_down_keys, low_balance_threshold, below_threshold, sequence
                FROM credit_account WHERE account_id = ? FOR UPDATE""",
                (rs, n) -> {
                    long threshold = rs.getLong(3);
                    var lowBalance = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(threshold);
                    return new AccountRow(new DrawDownOrder(rs.getInt(1), parseKeys(rs.getString(2))), lowBalance,
                            rs.getBoolean(4), rs.getLong(5));
                }, accountId).stream().findFirst();
    }

    private List<Grant> grantsOf(String accountId, Named named) {
        return jdbc.query("""
                SELECT * FROM credit_grant
                WHERE account_id = ? AND (quantity > consumed + expired + refunded OR grant_id = ?)
                ORDER BY sequence""",
                (rs, n) -> grant(rs), accountId, named.grant().map(GrantId::value).orElse(null));
    }

    private List<Reservation> reservationsOf(String accountId, Named named) {
        String namedId = named.reservation().map(ReservationId::value).orElse(null);
        Map<String, List<Allocation>> holds = new HashMap<>();
        jdbc.query("""
                SELECT h.reservation_id, h.grant_id, h.category, h.quantity FROM credit_reservation_hold h
                JOIN credit_reservation r ON r.account_id = h.account_id AND r.reservation_id = h.reservation_id
                WHERE h.account_id = ? AND (r.status = 'OPEN' OR r.reservation_id = ?)
                ORDER BY h.reservation_id, h.position""",
                (RowCallbackHandler) rs -> holds.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Allocation(new GrantId(rs.getString(2)), GrantCategory.valueOf(rs.getString(3)),
                                rs.getLong(4))), accountId, namedId);
        return jdbc.query("""
                SELECT reservation_id, quantity, reserved_at, expires_at, status, consumed, draw_down_version
                FROM credit_reservation WHERE account_id = ? AND (status = 'OPEN' OR reservation_id = ?)
                ORDER BY reserved_at, reservation_id""",
                (rs, n) -> new Reservation(new ReservationId(rs.getString(1)), rs.getLong(2),
                        holds.getOrDefault(rs.getString(1), List.of()), instant(rs, 3), instant(rs, 4),
                        ReservationStatus.valueOf(rs.getString(5)), rs.getLong(6), rs.getInt(7)),
                accountId, namedId);
    }

    private static Grant grant(ResultSet rs) throws SQLException {
        var category = GrantCategory.valueOf(rs.getString("category"));
        Funding funding = category == GrantCategory.PAID
                ? new Funding.Paid(Money.of(rs.getLong("price_amount"), rs.getString("price_currency")),
                        rs.getString("payment_id"))
                : new Funding.Free(rs.getString("reason"));
        return new Grant(new GrantId(rs.getString("grant_id")), funding, rs.getInt("priority"),
                instant(rs, "granted_at"), instantOrNull(rs, "expires_at"), rs.getLong("sequence"),
                rs.getLong("quantity"), rs.getLong("reserved"), rs.getLong("refund_pending"), rs.getLong("consumed"),
                rs.getLong("expired"), rs.getLong("refunded"));
    }

    // ---- writing

    private void write(CreditAccount account) {
        var movements = account.newMovements();
        if (movements.isEmpty()) {
            return;
        }
        String accountId = accountIdOf(account.id());
        var grantIds = new LinkedHashSet<GrantId>();
        var reservationIds = new LinkedHashSet<ReservationId>();
        movements.forEach(movement -> {
            movement.allocations().forEach(allocation -> grantIds.add(allocation.grant()));
            movement.reservationId().ifPresent(reservationIds::add);
        });
        writeGrants(accountId, grantIds.stream().map(id -> account.grant(id).orElseThrow()).toList());
        writeReservations(accountId, account.id().tenantId(),
                reservationIds.stream().map(id -> account.reservation(id).orElseThrow()).toList());
        appendMovements(accountId, movements);
    }

    private void writeGrants(String accountId, List<Grant> grants) {
        jdbc.batchUpdate("""
                INSERT INTO credit_grant (account_id, grant_id, category, price_amount, price_currency, payment_id,
                    reason, priority, granted_at, expires_at, sequence, quantity, reserved, refund_pending, consumed,
                    expired, refunded)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (account_id, grant_id) DO UPDATE SET reserved = EXCLUDED.reserved,
                    refund_pending = EXCLUDED.refund_pending, consumed = EXCLUDED.consumed, expired = EXCLUDED.expired,
                    refunded = EXCLUDED.refunded""",
                grants.stream().map(grant -> {
                    var paid = grant.funding() instanceof Funding.Paid p ? p : null;
                    var free = grant.funding() instanceof Funding.Free f ? f : null;
                    return new Object[] {accountId, grant.id().value(), grant.category().name(),
                        paid == null ? null : paid.price().minorUnits(),
                        paid == null ? null : paid.price().currency().getCurrencyCode(),
                        paid == null ? null : paid.paymentId(), free == null ? null : free.reason(), grant.priority(),
                        Timestamp.from(grant.grantedAt()), timestamp(grant.expiresAt()), grant.sequence(),
                        grant.quantity(), grant.reserved(), grant.refundPending(), grant.consumed(), grant.expired(),
                        grant.refunded()};
                }).toList());
    }

    private void writeReservations(String accountId, String tenantId, List<Reservation> reservations) {
        if (reservations.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO credit_reservation (account_id, reservation_id, tenant_id, quantity, reserved_at,
                    expires_at, status, consumed, draw_down_version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (account_id, reservation_id) DO UPDATE SET status = EXCLUDED.status,
                    consumed = EXCLUDED.consumed""",
                reservations.stream().map(r -> new Object[] {accountId, r.id().value(), tenantId, r.quantity(),
                    Timestamp.from(r.reservedAt()), Timestamp.from(r.expiresAt()), r.status().name(), r.consumed(),
                    r.drawDownOrderVersion()}).toList());
        var holds = new ArrayList<Object[]>();
        reservations.forEach(r -> {
            for (int i = 0; i < r.holds().size(); i++) {
                var hold = r.holds().get(i);
                holds.add(new Object[] {accountId, r.id().value(), i, hold.grant().value(), hold.category().name(),
                    hold.quantity()});
            }
        });
        // a reservation's holds never change once made
        jdbc.batchUpdate("""
                INSERT INTO credit_reservation_hold (account_id, reservation_id, position, grant_id, category, quantity)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", holds);
    }

    private void appendMovements(String accountId, List<Movement> movements) {
        var recordedAt = Timestamp.from(clock.instant());
        jdbc.batchUpdate("""
                INSERT INTO credit_movement (account_id, sequence, kind, quantity, available_before, reserved_before,
                    refund_pending_before, available_after, reserved_after, refund_pending_after, occurred_at,
                    idempotency_key, reservation_id, draw_down_version, crossed_low_threshold, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                movements.stream().map(m -> new Object[] {accountId, m.sequence(), m.kind().name(), m.quantity(),
                    m.before().available(), m.before().reserved(), m.before().refundPending(), m.after().available(),
                    m.after().reserved(), m.after().refundPending(), Timestamp.from(m.at()), m.idempotencyKey(),
                    m.reservationId().map(ReservationId::value).orElse(null), m.drawDownOrderVersion(),
                    m.crossedLow().map(low -> low.threshold()).orElse(null), recordedAt}).toList());
        var allocations = new ArrayList<Object[]>();
        movements.forEach(m -> {
            for (int i = 0; i < m.allocations().size(); i++) {
                var allocation = m.allocations().get(i);
                allocations.add(new Object[] {accountId, m.sequence(), i, allocation.grant().value(),
                    allocation.category().name(), allocation.quantity()});
            }
        });
        jdbc.batchUpdate("""
                INSERT INTO credit_movement_allocation (account_id, sequence, position, grant_id, category, quantity)
                VALUES (?, ?, ?, ?, ?, ?)""", allocations);
    }

    // ---- columns

    private static String keys(DrawDownOrder order) {
        return order.keys().stream().map(DrawKey::name).collect(Collectors.joining(","));
    }

    private static List<DrawKey> parseKeys(String keys) {
        return keys.isEmpty() ? List.of() : Arrays.stream(keys.split(",")).map(DrawKey::valueOf).toList();
    }

    private static Long threshold(CreditAccount account) {
        var threshold = account.snapshot().lowBalanceThreshold();
        return threshold.isPresent() ? threshold.getAsLong() : null;
    }

    private static boolean belowThreshold(CreditAccount account) {
        return account.snapshot().belowThreshold();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
