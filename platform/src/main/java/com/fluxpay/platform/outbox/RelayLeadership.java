package com.fluxpay.platform.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Elects one relay per service among its instances with a session-level Postgres advisory lock held on
 * a dedicated connection. If the leader dies, its session ends, the lock is freed and a standby takes over.
 *
 * <p>No lock of ours is held while talking to the database: acquiring a connection can wait (pool
 * exhausted, database down), and {@link #release()} must still return at once when the service stops.
 */
public final class RelayLeadership {

    private static final Logger log = LoggerFactory.getLogger(RelayLeadership.class);

    private final DataSource dataSource;
    private final String lockName;
    private final AtomicReference<Connection> held = new AtomicReference<>();
    private volatile boolean released;

    public RelayLeadership(DataSource dataSource, String lockName) {
        this.dataSource = dataSource;
        this.lockName = lockName;
    }

    /** True while this instance is the leader; tries to become it when it is not. */
    public boolean tryHold() {
        if (stillHeld()) {
            return true;
        }
        closeQuietly(held.getAndSet(null));
        if (released) {
            return false;
        }
        Connection candidate = null;
        try {
            candidate = dataSource.getConnection();
            candidate.setAutoCommit(true);
            if (acquire(candidate) && !released && held.compareAndSet(null, candidate)) {
                log.info("this instance now relays the outbox ({})", lockName);
                return true;
            }
        } catch (SQLException e) {
            log.debug("could not try for outbox leadership: {}", e.getMessage());
        }
        closeQuietly(candidate);
        return false;
    }

    /** Stops leading; no further attempts until {@link #resume()}. */
    public void release() {
        released = true;
        closeQuietly(held.getAndSet(null));
    }

    public void resume() {
        released = false;
    }

    private boolean stillHeld() {
        Connection connection = held.get();
        try {
            return connection != null && connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private boolean acquire(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT pg_try_advisory_lock(hashtextextended(?, 0))")) {
            statement.setString(1, lockName);
            try (var result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            // closing returns the connection to the pool, so unlock explicitly: the session lives on
            try (var statement = connection.prepareStatement("SELECT pg_advisory_unlock_all()")) {
                statement.execute();
            }
            connection.close();
        } catch (SQLException ignored) {
            // a broken connection's session is gone, and its lock with it
        }
    }
}
