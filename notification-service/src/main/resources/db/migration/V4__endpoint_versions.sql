-- The version endpoint events state: 1 when registered, one more for every change they report (settings,
-- secret, status), counted by the UPDATE that writes the change (version = version + 1 ... RETURNING), so a
-- concurrent writer counts on from what the other committed. Rows stored before start at 1: no event stated
-- a version before, so every later one is newer.
ALTER TABLE webhook_endpoint ADD COLUMN version BIGINT NOT NULL DEFAULT 1 CHECK (version >= 1);
