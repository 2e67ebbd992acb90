CREATE TABLE tenant (
    id                TEXT PRIMARY KEY,
    name              TEXT        NOT NULL,
    rate_per_second   INT         NOT NULL,
    burst             INT         NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL
);

-- Keys are shown once and kept only as a SHA-256 hash: they are 192 random bits, so a slow password
-- hash would add latency to every request without adding safety.
CREATE TABLE api_key (
    id          TEXT PRIMARY KEY,
    tenant_id   TEXT        NOT NULL REFERENCES tenant (id),
    mode        TEXT        NOT NULL CHECK (mode IN ('test', 'live')),
    prefix      TEXT        NOT NULL,
    key_hash    TEXT        NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL,
    revoked_at  TIMESTAMPTZ
);
CREATE INDEX api_key_tenant ON api_key (tenant_id);
