-- The durable half of Idempotency-Key: the first response to a key, replayed byte for byte.
-- Redis holds completed records as a fast path; this table is the truth, so a Redis flush loses nothing.
CREATE TABLE idempotency_record (
    tenant_id        TEXT        NOT NULL,
    idempotency_key  TEXT        NOT NULL,
    request_hash     TEXT        NOT NULL,
    state            TEXT        NOT NULL CHECK (state IN ('IN_FLIGHT', 'COMPLETED')),
    response_status  INT,
    content_type     TEXT,
    location         TEXT,
    response_body    BYTEA,
    created_at       TIMESTAMPTZ NOT NULL,
    -- an in-flight claim whose holder died is taken over after this
    locked_until     TIMESTAMPTZ NOT NULL,
    expires_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, idempotency_key)
);
CREATE INDEX idempotency_record_expires_at ON idempotency_record (expires_at);
