-- Payments and the commands sent about them (captures, cancels, refunds), as clients read them.
-- Rows start REQUESTED when the gateway sends a command and follow the events payment-service publishes.
CREATE TABLE payment_view (
    payment_id      TEXT PRIMARY KEY,
    tenant_id       TEXT        NOT NULL,
    order_id        TEXT        NOT NULL,
    status          TEXT        NOT NULL,
    amount          BIGINT      NOT NULL,
    currency        TEXT        NOT NULL,
    psp             TEXT,
    capture_mode    TEXT        NOT NULL,
    captured_amount BIGINT      NOT NULL DEFAULT 0,
    refunded_amount BIGINT      NOT NULL DEFAULT 0,
    failure_code    TEXT,
    failure_reason  TEXT,
    requested_at    TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX payment_view_tenant ON payment_view (tenant_id, requested_at);
CREATE INDEX payment_view_order ON payment_view (order_id);

CREATE TABLE payment_command_view (
    command_id     TEXT PRIMARY KEY,
    payment_id     TEXT        NOT NULL,
    tenant_id      TEXT        NOT NULL,
    kind           TEXT        NOT NULL CHECK (kind IN ('CAPTURE', 'CANCEL', 'REFUND')),
    amount         BIGINT,
    status         TEXT        NOT NULL CHECK (status IN ('REQUESTED', 'DONE', 'REJECTED')),
    failure_code   TEXT,
    failure_reason TEXT,
    requested_at   TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX payment_command_view_payment ON payment_command_view (payment_id);
