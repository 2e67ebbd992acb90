-- A top-up is an order that buys credits (its metadata says so) and the payment that captured it. The two facts
-- come on different topics, in either order: whichever arrives second finds the first here and grants.
CREATE TABLE credit_top_up (
    tenant_id    TEXT        NOT NULL,
    order_id     TEXT        NOT NULL,
    customer_id  TEXT,
    unit         TEXT,
    quantity     BIGINT CHECK (quantity > 0),
    order_amount BIGINT,
    currency     TEXT,
    payment_id   TEXT,
    captured     BIGINT,
    updated_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, order_id)
);
