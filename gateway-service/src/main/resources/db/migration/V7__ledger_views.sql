-- The tenant's ledger as ledger-service publishes it (ledger.entry.posted): one row per posting, with the
-- account's balance after it, so balances "now" and "as of" are one indexed lookup, never a sum.
CREATE TABLE ledger_posting_view (
    tenant_id       TEXT        NOT NULL,
    sequence        BIGINT      NOT NULL,
    posting_index   INT         NOT NULL,
    account         TEXT        NOT NULL,
    account_type    TEXT        NOT NULL,
    currency        TEXT        NOT NULL,
    side            TEXT        NOT NULL,
    amount          BIGINT      NOT NULL,
    balance_after   BIGINT      NOT NULL,
    kind            TEXT        NOT NULL,
    payment_id      TEXT,
    source_event_id TEXT        NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, sequence, posting_index)
);
CREATE INDEX ledger_posting_view_account ON ledger_posting_view (tenant_id, account, currency, sequence);
