-- The platform's own tables, migrated with their own history table (platform_schema_history) in the
-- service's schema, so platform versions never collide with a service's migration numbers.

-- Transactional outbox: written in the same transaction as the state change it announces.
CREATE TABLE outbox_event (
    seq            BIGSERIAL PRIMARY KEY,
    event_id       UUID        NOT NULL UNIQUE,
    topic          TEXT        NOT NULL,
    message_key    TEXT        NOT NULL,
    event_type     TEXT        NOT NULL,
    schema_version INT         NOT NULL,
    tenant_id      TEXT,
    correlation_id TEXT,
    causation_id   TEXT,
    traceparent    TEXT,
    payload        TEXT        NOT NULL, -- JSON text as written: jsonb would reorder the keys
    occurred_at    TIMESTAMPTZ NOT NULL,
    published_at   TIMESTAMPTZ
);
-- the relay reads "not yet published, oldest first"; published rows leave this index
CREATE INDEX outbox_event_unpublished ON outbox_event (seq) WHERE published_at IS NULL;
CREATE INDEX outbox_event_published_at ON outbox_event (published_at) WHERE published_at IS NOT NULL;

-- Inbox: the id of every event a consumer has applied, written in the same transaction as the effect.
CREATE TABLE inbox_event (
    consumer    TEXT        NOT NULL,
    event_id    UUID        NOT NULL,
    event_type  TEXT        NOT NULL,
    received_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
CREATE INDEX inbox_event_received_at ON inbox_event (received_at);
