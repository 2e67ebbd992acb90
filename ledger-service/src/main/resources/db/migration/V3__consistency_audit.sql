-- The consistency auditor's own records. Claims come from the payment events through a consumer group of
-- their own, apart from the posting, so a fault on the posting path cannot also erase the evidence.
CREATE TABLE payment_claim (
    source_event_id UUID PRIMARY KEY,
    event_type      TEXT        NOT NULL,
    payment_id      TEXT        NOT NULL,
    tenant_id       TEXT        NOT NULL,
    kind            TEXT        NOT NULL,
    amount          BIGINT      NOT NULL,
    currency        TEXT        NOT NULL,
    claimed_at      TIMESTAMPTZ NOT NULL,
    checked_at      TIMESTAMPTZ,
    consistent      BOOLEAN     NOT NULL DEFAULT false
);
CREATE INDEX payment_claim_payment ON payment_claim (payment_id);
-- the auditor's work list: claims not yet found consistent
CREATE INDEX payment_claim_unsettled ON payment_claim (claimed_at) WHERE NOT consistent;

CREATE TABLE ledger_mismatch (
    mismatch_id   TEXT PRIMARY KEY,
    payment_id    TEXT        NOT NULL,
    tenant_id     TEXT,
    missing_event TEXT,
    findings      TEXT        NOT NULL, -- JSON array, for operators
    detected_at   TIMESTAMPTZ NOT NULL,
    resolved_at   TIMESTAMPTZ
);
-- one open mismatch per payment, so two auditors racing report it once
CREATE UNIQUE INDEX ledger_mismatch_open_per_payment ON ledger_mismatch (payment_id) WHERE resolved_at IS NULL;
