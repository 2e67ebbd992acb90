-- One row per public event: what merchant webhooks will deliver (delivery comes with a later issue). The
-- id is the event's id, so it is also the webhook id, the same on every retry of the delivery.
CREATE TABLE outgoing_message (
    id          UUID PRIMARY KEY,
    tenant_id   TEXT        NOT NULL,
    event_type  TEXT        NOT NULL,
    resource_id TEXT        NOT NULL,
    payload     TEXT        NOT NULL, -- JSON text as received: jsonb would reorder the keys
    occurred_at TIMESTAMPTZ NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX outgoing_message_tenant ON outgoing_message (tenant_id, recorded_at);
