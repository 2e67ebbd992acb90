-- Read models the gateway answers queries from. Rows are written when a request is accepted (status
-- REQUESTED) and brought up to date by the events the services publish.
CREATE TABLE order_view (
    order_id     TEXT PRIMARY KEY,
    tenant_id    TEXT        NOT NULL,
    status       TEXT        NOT NULL,
    amount       BIGINT      NOT NULL,
    currency     TEXT        NOT NULL,
    description  TEXT,
    metadata     TEXT        NOT NULL DEFAULT '{}',
    failure_code TEXT,
    failure_reason TEXT,
    requested_at TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX order_view_tenant ON order_view (tenant_id, requested_at);

CREATE TABLE ping_view (
    ping_id      TEXT PRIMARY KEY,
    requested_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE ping_answer (
    ping_id     TEXT        NOT NULL,
    service     TEXT        NOT NULL,
    answered_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (ping_id, service)
);
