-- Credits in the ledger (docs/ledger.md, "Credits"). Their money is posted in the journal like any other entry; the
-- credit register below keeps every credit movement in credits (free ones included) for the auditor and operators.

-- One row per movement of a credit account, as its event stated it: the unique key makes a movement post once even
-- if it were announced again under a new event id (the inbox already drops a redelivered one).
CREATE TABLE credit_movement (
    account_id      TEXT        NOT NULL,
    version         BIGINT      NOT NULL CHECK (version > 0),
    tenant_id       TEXT        NOT NULL,
    customer_id     TEXT        NOT NULL,
    unit            TEXT        NOT NULL,
    kind            TEXT        NOT NULL CHECK (kind IN ('GRANTED', 'DEDUCTED', 'EXPIRED', 'REFUNDED', 'RELEASED')),
    quantity        BIGINT      NOT NULL CHECK (quantity >= 0),
    grant_id        TEXT,       -- GRANTED: the grant that arrived
    category        TEXT CHECK (category IN ('PAID', 'FREE')),
    price_amount    BIGINT,
    currency        TEXT,
    available       BIGINT      NOT NULL,
    reserved        BIGINT      NOT NULL,
    refund_pending  BIGINT      NOT NULL,
    source_event_id UUID        NOT NULL UNIQUE,
    occurred_at     TIMESTAMPTZ NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (account_id, version)
);
CREATE INDEX credit_movement_grant ON credit_movement (tenant_id, grant_id) WHERE kind = 'GRANTED';

-- Which grants each movement drew from and what that part was worth (0, no currency: free credits).
CREATE TABLE credit_movement_draw (
    account_id TEXT   NOT NULL,
    version    BIGINT NOT NULL,
    line       INT    NOT NULL,
    grant_id   TEXT   NOT NULL,
    category   TEXT   NOT NULL CHECK (category IN ('PAID', 'FREE')),
    quantity   BIGINT NOT NULL CHECK (quantity > 0),
    amount     BIGINT NOT NULL CHECK (amount >= 0),
    currency   TEXT,
    PRIMARY KEY (account_id, version, line),
    FOREIGN KEY (account_id, version) REFERENCES credit_movement (account_id, version)
);

-- The ledger's own view of each credit account, summed from its movements: the auditor's work list. The balance is
-- the one stated by the highest version seen.
CREATE TABLE credit_register_account (
    account_id          TEXT PRIMARY KEY,
    tenant_id           TEXT        NOT NULL,
    unit                TEXT        NOT NULL,
    granted             BIGINT      NOT NULL,
    drawn               BIGINT      NOT NULL,
    movements           BIGINT      NOT NULL,
    last_version        BIGINT      NOT NULL,
    last_event_id       UUID        NOT NULL,
    last_event_type     TEXT        NOT NULL,
    stated_total        BIGINT      NOT NULL,
    last_recorded_at    TIMESTAMPTZ NOT NULL,
    checked_movements   BIGINT,
    checked_at          TIMESTAMPTZ,
    consistent          BOOLEAN     NOT NULL DEFAULT false
);
CREATE INDEX credit_register_account_unsettled ON credit_register_account (last_recorded_at) WHERE NOT consistent;

-- Orders that buy credits (their metadata says so, contracts' CreditTopUps), for the auditor: once paid, each must
-- have exactly one credit.granted topup:<orderId>.
CREATE TABLE top_up_order (
    order_id    TEXT PRIMARY KEY,
    tenant_id   TEXT        NOT NULL,
    amount      BIGINT      NOT NULL,
    currency    TEXT        NOT NULL,
    customer_id TEXT        NOT NULL,
    unit        TEXT        NOT NULL,
    quantity    BIGINT      NOT NULL,
    seen_at     TIMESTAMPTZ NOT NULL,
    checked_at  TIMESTAMPTZ,
    consistent  BOOLEAN     NOT NULL DEFAULT false
);

-- the payment claims now say which order they pay, so a top-up's payment can be found
ALTER TABLE payment_claim ADD COLUMN order_id TEXT;
CREATE INDEX payment_claim_order ON payment_claim (order_id) WHERE order_id IS NOT NULL;
