-- Prepaid credits as credit-service states them on fluxpay.credit.events. Every movement event states the
-- account's resulting balance and version; the read models copy it, guarded by that version, so an older event
-- (a redelivery, a replayed dead letter) never overwrites a newer balance. The account id is credit-service's
-- (CreditAccountIds.of: tenant, customer, unit), the key of its events.
CREATE TABLE credit_account_view (
    account_id  TEXT PRIMARY KEY,
    tenant_id   TEXT        NOT NULL,
    customer_id TEXT        NOT NULL,
    unit        TEXT        NOT NULL,
    available   BIGINT      NOT NULL,
    reserved    BIGINT      NOT NULL,
    version     BIGINT      NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    UNIQUE (tenant_id, customer_id, unit)
);

-- One row per movement event (granted, reserved, deducted, released, refunded, expired): the statement.
-- movement_id is the zero-padded version and the kind, so rows of one instant list in version order.
CREATE TABLE credit_movement_view (
    account_id     TEXT        NOT NULL,
    movement_id    TEXT        NOT NULL,
    tenant_id      TEXT        NOT NULL,
    version        BIGINT      NOT NULL,
    kind           TEXT        NOT NULL,
    quantity       BIGINT      NOT NULL,
    available      BIGINT      NOT NULL,
    reserved       BIGINT      NOT NULL,
    grant_id       TEXT,
    usage_id       TEXT,
    cause          TEXT,
    occurred_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (account_id, movement_id)
);
CREATE INDEX credit_movement_view_statement ON credit_movement_view (account_id, occurred_at DESC, movement_id DESC);

-- Free grants the gateway sent (REQUESTED until credit.granted or credit.command.rejected), and grants
-- credit-service reported (top-ups); the balance is the one the credit.granted event stated.
CREATE TABLE credit_grant_view (
    grant_id       TEXT PRIMARY KEY,
    tenant_id      TEXT        NOT NULL,
    customer_id    TEXT        NOT NULL,
    unit           TEXT        NOT NULL,
    quantity       BIGINT      NOT NULL,
    expires_at     TIMESTAMPTZ,
    reason         TEXT,
    status         TEXT        NOT NULL CHECK (status IN ('REQUESTED', 'GRANTED', 'REJECTED')),
    failure_code   TEXT,
    failure_reason TEXT,
    available      BIGINT,
    reserved       BIGINT,
    version        BIGINT      NOT NULL DEFAULT 0,
    requested_at   TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);

-- Usages and the reservation each holds: REQUESTED (sent by the gateway), RESERVED or REJECTED (credit-service's
-- answer), then CONSUMED (completed) or RELEASED (failed, timed out). Usage ids are unique per tenant.
CREATE TABLE credit_reservation_view (
    tenant_id      TEXT        NOT NULL,
    usage_id       TEXT        NOT NULL,
    account_id     TEXT        NOT NULL,
    customer_id    TEXT        NOT NULL,
    unit           TEXT        NOT NULL,
    feature        TEXT,
    quantity       BIGINT      NOT NULL,
    consumed       BIGINT      NOT NULL DEFAULT 0,
    status         TEXT        NOT NULL CHECK (status IN ('REQUESTED', 'RESERVED', 'REJECTED', 'CONSUMED', 'RELEASED')),
    reservation_id TEXT,
    expires_at     TIMESTAMPTZ,
    failure_code   TEXT,
    failure_reason TEXT,
    available      BIGINT,
    reserved       BIGINT,
    version        BIGINT      NOT NULL DEFAULT 0,
    requested_at   TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, usage_id)
);
