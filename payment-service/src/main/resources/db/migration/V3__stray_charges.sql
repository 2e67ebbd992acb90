-- Charges the PSP approved for payments we had already failed ("no such charge" when asked, approved later).
-- The customer's money was taken for an order that is not paid: each row is given back (void or refund) by
-- ReturningStrayCharges, with its payment id as the PSP idempotency key, so a retry cannot return it twice.
CREATE TABLE stray_charges (
    payment_id    TEXT PRIMARY KEY REFERENCES payments (id),
    psp_reference TEXT        NOT NULL,
    status        TEXT        NOT NULL CHECK (status IN ('DETECTED', 'RETURNED', 'REFUSED')),
    detail        TEXT,
    detected_at   TIMESTAMPTZ NOT NULL,
    resolved_at   TIMESTAMPTZ
);
CREATE INDEX stray_charges_to_return ON stray_charges (detected_at) WHERE status = 'DETECTED';
