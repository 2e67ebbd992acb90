-- The version public events state: one more for every state change of the order or payment, counted by the
-- domain (Order.version, Payment.version) and written in the transaction that appends the event, under the
-- row's lock. Not the JPA "version" column: that counts row writes (a failover to another PSP is one, a state
-- change is not always one flush) and is only known after Hibernate flushes.
-- Rows stored before start at 1: no event stated a version before, so every later one is newer.
ALTER TABLE orders ADD COLUMN state_version BIGINT NOT NULL DEFAULT 1 CHECK (state_version >= 1);
ALTER TABLE payments ADD COLUMN state_version BIGINT NOT NULL DEFAULT 1 CHECK (state_version >= 1);
