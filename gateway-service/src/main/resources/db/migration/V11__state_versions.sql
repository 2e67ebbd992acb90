-- Read models copy the status an event states, guarded by the aggregate's version: an event older than what a
-- row shows (a redelivery, a replayed dead letter) never overwrites a newer state. The gateway's own REQUESTED
-- rows start at 0; the owning service's first event is version 1.
ALTER TABLE order_view ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE payment_view ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE webhook_endpoint_view ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
