-- Merchants' webhook endpoints. Secrets are stored sealed, exactly as the gateway sent them
-- (SecretBox: "<keyId>:<base64 AES-256-GCM>"); the key id is kept beside them so an operator can see
-- which secrets still need a key before retiring it.
CREATE TABLE webhook_endpoint (
    id                         TEXT PRIMARY KEY,
    tenant_id                  TEXT        NOT NULL,
    url                        TEXT        NOT NULL,
    event_types                TEXT        NOT NULL, -- space-separated; empty: every public type
    description                TEXT,
    enabled                    BOOLEAN     NOT NULL,
    mode                       TEXT        NOT NULL CHECK (mode IN ('TEST', 'LIVE')),
    secret                     TEXT        NOT NULL,
    secret_key_id              TEXT        NOT NULL,
    previous_secret            TEXT,
    previous_secret_key_id     TEXT,
    previous_secret_expires_at TIMESTAMPTZ,
    failing_since              TIMESTAMPTZ, -- start of the current run of failed attempts
    disabled_at                TIMESTAMPTZ,
    created_at                 TIMESTAMPTZ NOT NULL,
    updated_at                 TIMESTAMPTZ NOT NULL,
    deleted_at                 TIMESTAMPTZ
);
CREATE INDEX webhook_endpoint_tenant ON webhook_endpoint (tenant_id) WHERE deleted_at IS NULL;

-- One delivery per (message, endpoint). PENDING until SUCCEEDED, EXHAUSTED (every scheduled attempt failed)
-- or CANCELLED (endpoint deleted). A PENDING row is in flight while lease_until is in the future; the
-- attempt named by lease_attempt_id is the only one allowed to record the outcome.
CREATE TABLE webhook_delivery (
    id               BIGSERIAL PRIMARY KEY, -- also the order of messages about one resource
    message_id       UUID        NOT NULL REFERENCES outgoing_message (id),
    endpoint_id      TEXT        NOT NULL REFERENCES webhook_endpoint (id),
    resource_id      TEXT        NOT NULL,
    state            TEXT        NOT NULL CHECK (state IN ('PENDING', 'SUCCEEDED', 'EXHAUSTED', 'CANCELLED')),
    attempts         INT         NOT NULL DEFAULT 0, -- in the current round; a replay starts a new round
    next_attempt_at  TIMESTAMPTZ NOT NULL,
    lease_until      TIMESTAMPTZ,
    lease_attempt_id BIGINT,
    last_status      INT,
    last_error       TEXT,
    created_at       TIMESTAMPTZ NOT NULL,
    completed_at     TIMESTAMPTZ,
    UNIQUE (message_id, endpoint_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at, id) WHERE state = 'PENDING';
CREATE INDEX webhook_delivery_resource ON webhook_delivery (endpoint_id, resource_id, id) WHERE state = 'PENDING';
CREATE INDEX webhook_delivery_endpoint ON webhook_delivery (endpoint_id, state);

-- Every attempt, including one whose sender died (outcome ABANDONED once its lease was taken over).
CREATE TABLE webhook_attempt (
    id               BIGSERIAL PRIMARY KEY,
    delivery_id      BIGINT      NOT NULL REFERENCES webhook_delivery (id),
    attempt          INT         NOT NULL,
    started_at       TIMESTAMPTZ NOT NULL,
    outcome          TEXT        NOT NULL CHECK (outcome IN ('IN_FLIGHT', 'SUCCEEDED', 'FAILED', 'ABANDONED')),
    status_code      INT,
    latency_ms       BIGINT,
    response_excerpt TEXT,
    error            TEXT,
    finished_at      TIMESTAMPTZ
);
CREATE INDEX webhook_attempt_delivery ON webhook_attempt (delivery_id, id);
