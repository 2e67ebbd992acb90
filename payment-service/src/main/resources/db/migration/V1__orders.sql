CREATE TABLE orders (
    id          TEXT PRIMARY KEY,
    tenant_id   TEXT        NOT NULL,
    amount      BIGINT      NOT NULL CHECK (amount > 0),
    currency    TEXT        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    description TEXT,
    metadata    TEXT        NOT NULL DEFAULT '{}',
    status      TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX orders_tenant ON orders (tenant_id, created_at);
