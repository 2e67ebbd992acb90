package com.fluxpay.platform.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Elects one relay per service among its instances with a session-level Postgres advisory lock held on
 * a dedicated connection. If the leader dies, its session ends, the lock is freed and a standby takes over.
 */
public final class RelayLeadership {

    private static final Logger log = LoggerFactory.getLogger(RelayLeadership.class);

    private final DataSource dataSource;
    private final String lockName;
    private Connection connection;

    public RelayLeadership(DataSource dataSource, String lockName) {
        this.dataSource = dataSource;
        this.lockName = lockName;
    }

    /** True while this instance is the leader; tries to become it when it is not. */
    public synchronized boolean tryHold() {
        try {
            if (connection != null && connection.isValid(2)) {
                return true;
            }
            closeQuietly();
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (var statement = connection.prepareStatement("SELECT pg_try_advisory_lock(hashtextextended(?, 0))")) {
                statement.setString(1, lockName);
                try (var result = statement.executeQuery()) {
                    result.next();
                    if (result.getBoolean(1)) {
                        log.info("this instance now relays the outbox ({})", lockName);
                        return true;
                    }
                }
            }
            closeQuietly();
            return false;
        } catch (SQLException e) {
            closeQuietly();
            return false;
        }
    }

    public synchronized void release() {
        closeQuietly();
    }

    private void closeQuietly() {
        if (connection != null) {
            try {
                // closing returns the connection to the pool, so unlock explicitly: the session lives on
                try (var statement = connection.prepareStatement("SELECT pg_advisory_unlock_all()")) {
                    statement.execute();
                }
                connection.close();
            } catch (SQLException ignored) {
                // a broken connection's session is gone, and its lock with it
            }
            connection = null;
        }
    }
}
