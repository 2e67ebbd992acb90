package com.fluxpay.gateway.readmodel.persistence;

import com.fluxpay.gateway.readmodel.domain.Cursor;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * A tenant's rows newest first, after a cursor, by keyset: {@code (created, id) < (?, ?)} rides the
 * {@code (tenant_id, created DESC, id DESC)} index however deep the page, where OFFSET would read every row
 * before it. The SQL of every list in the gateway, written once.
 *
 * @param select  {@code SELECT columns FROM table}
 * @param filter  the WHERE condition before the keyset, starting with {@code tenant_id = ?}
 */
public record KeysetQuery(String select, String filter, String createdColumn, String idColumn) {

    public static KeysetQuery of(String select, String createdColumn, String idColumn) {
        return new KeysetQuery(select, "tenant_id = ?", createdColumn, idColumn);
    }

    public KeysetQuery where(String filter) {
        return new KeysetQuery(select, filter, createdColumn, idColumn);
    }

    public <T> List<T> list(JdbcTemplate jdbc, RowMapper<T> rows, String tenantId, Optional<Cursor> after, int limit) {
        String order = " ORDER BY " + createdColumn + " DESC, " + idColumn + " DESC LIMIT ?";
        return after.map(cursor -> jdbc.query(select + " WHERE " + filter + " AND (" + createdColumn + ", " + idColumn
                        + ") < (?, ?)" + order, rows, tenantId, Timestamp.from(cursor.createdAt()), cursor.id(), limit))
                .orElseGet(() -> jdbc.query(select + " WHERE " + filter + order, rows, tenantId, limit));
    }
}
