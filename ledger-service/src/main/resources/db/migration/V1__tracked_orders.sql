-- Every order the ledger has heard of, recorded once when its order.created arrives. The consistency
-- auditor (a later issue) starts from here: every approved payment of a tracked order must have its
-- journal entry, and an order the ledger never saw is itself a finding.
CREATE TABLE tracked_order (
    order_id      TEXT PRIMARY KEY,
    tenant_id     TEXT        NOT NULL,
    amount        BIGINT      NOT NULL CHECK (amount > 0),
    currency      TEXT        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    status        TEXT        NOT NULL,
    first_seen_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX tracked_order_tenant ON tracked_order (tenant_id, first_seen_at);
