-- One payment per order (order_id UNIQUE): two confirms with different payment ids for one order could
-- otherwise both reach the PSP and charge the customer twice.
CREATE TABLE payments (
    id              TEXT PRIMARY KEY,
    order_id        TEXT        NOT NULL UNIQUE REFERENCES orders (id),
    tenant_id       TEXT        NOT NULL,
    amount          BIGINT      NOT NULL CHECK (amount > 0),
    currency        TEXT        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    capture_mode    TEXT        NOT NULL,
    psp             TEXT        NOT NULL,
    payment_method  TEXT,
    attempt_key     TEXT        NOT NULL UNIQUE,
    state           TEXT        NOT NULL,
    psp_reference   TEXT,
    captured_amount BIGINT      NOT NULL DEFAULT 0 CHECK (captured_amount BETWEEN 0 AND amount),
    refunded_amount BIGINT      NOT NULL DEFAULT 0 CHECK (refunded_amount BETWEEN 0 AND captured_amount),
    failure         TEXT,
    failure_detail  TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0
);
-- what the reconciler scans: only the few payments whose outcome is not known yet
CREATE INDEX payments_unresolved ON payments (updated_at) WHERE state IN ('PROCESSING', 'UNKNOWN');

-- capture, cancel and refund commands already handled, by their command id (the refund id for refunds):
-- the same command again is answered PAY_003 and never reaches the PSP twice
CREATE TABLE payment_commands (
    command_id  TEXT PRIMARY KEY,
    payment_id  TEXT        NOT NULL,
    kind        TEXT        NOT NULL,
    amount      BIGINT      NOT NULL,
    received_at TIMESTAMPTZ NOT NULL
);
