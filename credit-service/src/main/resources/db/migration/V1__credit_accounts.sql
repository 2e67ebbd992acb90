-- One row per credit account (a tenant's customer in one unit). Every change locks this row first
-- (SELECT ... FOR UPDATE) and reads the rest under the lock. The platform's outbox and inbox tables are
-- migrated by the platform itself (db/platform, platform_schema_history).
CREATE TABLE credit_account (
    account_id            TEXT PRIMARY KEY,          -- CreditAccountIds.of(tenant, customer, unit)
    tenant_id             TEXT        NOT NULL,
    customer_id           TEXT        NOT NULL,
    unit                  TEXT        NOT NULL,
    draw_down_version     INT         NOT NULL,
    draw_down_keys        TEXT        NOT NULL,      -- DrawKey names, comma-separated, in order
    low_balance_threshold BIGINT,
    below_threshold       BOOLEAN     NOT NULL,
    sequence              BIGINT      NOT NULL CHECK (sequence >= 0), -- the last movement's: the account's version
    available             BIGINT      NOT NULL CHECK (available >= 0),
    reserved              BIGINT      NOT NULL CHECK (reserved >= 0),
    refund_pending        BIGINT      NOT NULL CHECK (refund_pending >= 0),
    next_due_at           TIMESTAMPTZ,               -- the next expiry or time-out, for the sweeper
    created_at            TIMESTAMPTZ NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL,
    UNIQUE (tenant_id, customer_id, unit)
);
CREATE INDEX credit_account_due ON credit_account (next_due_at) WHERE next_due_at IS NOT NULL;

-- A top-up or free grant, and where each of its credits is now (the domain's Grant arithmetic, checked again).
CREATE TABLE credit_grant (
    account_id     TEXT        NOT NULL REFERENCES credit_account (account_id),
    grant_id       TEXT        NOT NULL,
    category       TEXT        NOT NULL CHECK (category IN ('PAID', 'FREE')),
    price_amount   BIGINT,
    price_currency TEXT,
    payment_id     TEXT,
    reason         TEXT,
    priority       INT         NOT NULL,
    granted_at     TIMESTAMPTZ NOT NULL,
    expires_at     TIMESTAMPTZ,
    sequence       BIGINT      NOT NULL,
    quantity       BIGINT      NOT NULL CHECK (quantity > 0),
    reserved       BIGINT      NOT NULL CHECK (reserved >= 0),
    refund_pending BIGINT      NOT NULL CHECK (refund_pending >= 0),
    consumed       BIGINT      NOT NULL CHECK (consumed >= 0),
    expired        BIGINT      NOT NULL CHECK (expired >= 0),
    refunded       BIGINT      NOT NULL CHECK (refunded >= 0),
    PRIMARY KEY (account_id, grant_id),
    CHECK (reserved + refund_pending + consumed + expired + refunded <= quantity),
    CHECK ((category = 'PAID') = (price_amount IS NOT NULL AND price_currency IS NOT NULL AND payment_id IS NOT NULL))
);
-- what a change loads: grants with credits left (free, reserved or refund-pending)
CREATE INDEX credit_grant_open ON credit_grant (account_id) WHERE quantity > consumed + expired + refunded;

CREATE TABLE credit_reservation (
    account_id        TEXT        NOT NULL REFERENCES credit_account (account_id),
    reservation_id    TEXT        NOT NULL,
    tenant_id         TEXT        NOT NULL,
    quantity          BIGINT      NOT NULL CHECK (quantity > 0),
    reserved_at       TIMESTAMPTZ NOT NULL,
    expires_at        TIMESTAMPTZ NOT NULL,
    status            TEXT        NOT NULL CHECK (status IN ('OPEN', 'CONSUMED', 'RELEASED', 'EXPIRED')),
    consumed          BIGINT      NOT NULL CHECK (consumed >= 0 AND consumed <= quantity),
    draw_down_version INT         NOT NULL,
    PRIMARY KEY (account_id, reservation_id)
);
-- a usage id is unique per tenant: completed and failed find their account through it
CREATE UNIQUE INDEX credit_reservation_tenant ON credit_reservation (tenant_id, reservation_id);
CREATE INDEX credit_reservation_open ON credit_reservation (account_id) WHERE status = 'OPEN';

-- the grants a reservation holds credits of, in draw-down order
CREATE TABLE credit_reservation_hold (
    account_id     TEXT   NOT NULL,
    reservation_id TEXT   NOT NULL,
    position       INT    NOT NULL,
    grant_id       TEXT   NOT NULL,
    category       TEXT   NOT NULL,
    quantity       BIGINT NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (account_id, reservation_id, position),
    FOREIGN KEY (account_id, reservation_id) REFERENCES credit_reservation (account_id, reservation_id),
    FOREIGN KEY (account_id, grant_id) REFERENCES credit_grant (account_id, grant_id)
);

-- Append-only: every change of an account's credits, with its balance before and after.
CREATE TABLE credit_movement (
    account_id             TEXT        NOT NULL REFERENCES credit_account (account_id),
    sequence               BIGINT      NOT NULL CHECK (sequence > 0),
    kind                   TEXT        NOT NULL,
    quantity               BIGINT      NOT NULL CHECK (quantity > 0),
    available_before       BIGINT      NOT NULL CHECK (available_before >= 0),
    reserved_before        BIGINT      NOT NULL CHECK (reserved_before >= 0),
    refund_pending_before  BIGINT      NOT NULL CHECK (refund_pending_before >= 0),
    available_after        BIGINT      NOT NULL CHECK (available_after >= 0),
    reserved_after         BIGINT      NOT NULL CHECK (reserved_after >= 0),
    refund_pending_after   BIGINT      NOT NULL CHECK (refund_pending_after >= 0),
    occurred_at            TIMESTAMPTZ NOT NULL,
    idempotency_key        TEXT        NOT NULL,
    reservation_id         TEXT,
    draw_down_version      INT         NOT NULL,
    crossed_low_threshold  BIGINT,
    recorded_at            TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (account_id, sequence),
    UNIQUE (account_id, idempotency_key)
);

CREATE TABLE credit_movement_allocation (
    account_id TEXT   NOT NULL,
    sequence   BIGINT NOT NULL,
    position   INT    NOT NULL,
    grant_id   TEXT   NOT NULL,
    category   TEXT   NOT NULL,
    quantity   BIGINT NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (account_id, sequence, position),
    FOREIGN KEY (account_id, sequence) REFERENCES credit_movement (account_id, sequence),
    FOREIGN KEY (account_id, grant_id) REFERENCES credit_grant (account_id, grant_id)
);
