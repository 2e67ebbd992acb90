CREATE TABLE applied_effect (
    event_id   UUID PRIMARY KEY,
    thing_id   TEXT        NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
