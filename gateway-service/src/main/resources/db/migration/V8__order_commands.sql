-- Complete and cancel requests for orders, as the gateway sent them; REJECTED with a code when payment-service
-- refused one. Done-ness is read off the order itself (its status reached what was asked).
CREATE TABLE order_command_view (
    command_id     TEXT PRIMARY KEY,
    order_id       TEXT        NOT NULL,
    tenant_id      TEXT        NOT NULL,
    kind           TEXT        NOT NULL CHECK (kind IN ('COMPLETE', 'CANCEL')),
    status         TEXT        NOT NULL CHECK (status IN ('REQUESTED', 'REJECTED')),
    failure_code   TEXT,
    failure_reason TEXT,
    requested_at   TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX order_command_view_order ON order_command_view (order_id);

ALTER TABLE order_view ADD COLUMN cancel_cause TEXT;
