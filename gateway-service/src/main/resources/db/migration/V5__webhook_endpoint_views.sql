-- A tenant's webhook endpoints as notification-service reports them (never their secrets).
CREATE TABLE webhook_endpoint_view (
    endpoint_id      TEXT PRIMARY KEY,
    tenant_id        TEXT        NOT NULL,
    url              TEXT        NOT NULL,
    event_types      TEXT        NOT NULL DEFAULT '[]',
    description      TEXT,
    enabled          BOOLEAN     NOT NULL,
    mode             TEXT        NOT NULL,
    status           TEXT        NOT NULL,
    rejection_code   TEXT,
    rejection_reason TEXT,
    rejected_at      TIMESTAMPTZ,
    requested_at     TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX webhook_endpoint_view_tenant ON webhook_endpoint_view (tenant_id, requested_at);
