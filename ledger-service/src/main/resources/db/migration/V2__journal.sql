-- The double-entry journal. Entries and postings are append-only and every entry balances per currency:
-- the domain asserts both, and the database refuses anything else, so a bug or a hand-written INSERT
-- cannot leave an unbalanced or edited ledger behind. docs/ledger.md explains the accounts and entries.

-- The chart of accounts, one row per tenant, code and currency, created the first time an entry uses it.
-- balance is the running balance on the account's normal side (debit for assets, credit for liabilities),
-- kept in the same transaction as the postings; guarded accounts may never go below zero.
CREATE TABLE account (
    id           BIGSERIAL PRIMARY KEY,
    tenant_id    TEXT        NOT NULL,
    code         TEXT        NOT NULL,
    currency     TEXT        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    account_type TEXT        NOT NULL CHECK (account_type IN ('ASSET', 'EXPENSE', 'LIABILITY', 'REVENUE', 'EQUITY')),
    guarded      BOOLEAN     NOT NULL,
    balance      BIGINT      NOT NULL DEFAULT 0,
    created_at   TIMESTAMPTZ NOT NULL,
    UNIQUE (tenant_id, code, currency),
    UNIQUE (id, currency),
    CONSTRAINT guarded_account_not_overdrawn CHECK (NOT guarded OR balance >= 0)
);

-- The head of each tenant's hash chain; locked FOR UPDATE while an entry is appended, so sequence numbers
-- and previous hashes are handed out one entry at a time.
CREATE TABLE ledger_chain (
    tenant_id     TEXT PRIMARY KEY,
    last_sequence BIGINT NOT NULL,
    last_hash     TEXT   NOT NULL
);

CREATE TABLE journal_entry (
    id              BIGSERIAL PRIMARY KEY,
    tenant_id       TEXT        NOT NULL,
    sequence        BIGINT      NOT NULL CHECK (sequence > 0),
    source_event_id UUID        NOT NULL,
    payment_id      TEXT        NOT NULL,
    kind            TEXT        NOT NULL,
    occurred_at     TIMESTAMPTZ NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    previous_hash   TEXT        NOT NULL CHECK (previous_hash ~ '^[0-9a-f]{64}$'),
    hash            TEXT        NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
    -- one entry per event: a redelivered event can never post twice, whatever the code above does
    CONSTRAINT journal_entry_once_per_event UNIQUE (source_event_id),
    UNIQUE (tenant_id, sequence)
);
CREATE INDEX journal_entry_payment ON journal_entry (payment_id);

CREATE TABLE posting (
    entry_id   BIGINT NOT NULL REFERENCES journal_entry (id),
    line       INT    NOT NULL,
    account_id BIGINT NOT NULL,
    side       TEXT   NOT NULL CHECK (side IN ('DEBIT', 'CREDIT')),
    amount     BIGINT NOT NULL CHECK (amount > 0),
    currency   TEXT   NOT NULL,
    PRIMARY KEY (entry_id, line),
    -- a posting is in its account's currency
    FOREIGN KEY (account_id, currency) REFERENCES account (id, currency)
);
CREATE INDEX posting_account ON posting (account_id, entry_id);

-- Checked at commit, once every posting of the entry is in: per entry and currency, debits equal credits.
CREATE FUNCTION assert_entry_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    off RECORD;
BEGIN
    SELECT currency, sum(CASE side WHEN 'DEBIT' THEN amount ELSE -amount END) AS net INTO off
    FROM posting WHERE entry_id = NEW.entry_id
    GROUP BY currency HAVING sum(CASE side WHEN 'DEBIT' THEN amount ELSE -amount END) <> 0
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'journal entry % is unbalanced in %: debits minus credits = %', NEW.entry_id, off.currency,
            off.net USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER posting_balanced AFTER INSERT ON posting
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION assert_entry_balanced();

-- An entry without postings would balance trivially; it must have two at least.
CREATE FUNCTION assert_entry_has_postings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT count(*) FROM posting WHERE entry_id = NEW.id) < 2 THEN
        RAISE EXCEPTION 'journal entry % has fewer than two postings', NEW.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER journal_entry_has_postings AFTER INSERT ON journal_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION assert_entry_has_postings();

-- Append-only: a correction is a reversing entry, never an edit.
CREATE FUNCTION refuse_ledger_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused (post a reversing entry instead)', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER journal_entry_immutable BEFORE UPDATE OR DELETE ON journal_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER journal_entry_not_truncated BEFORE TRUNCATE ON journal_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER posting_immutable BEFORE UPDATE OR DELETE ON posting
    FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
CREATE TRIGGER posting_not_truncated BEFORE TRUNCATE ON posting
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();

-- What the ledger has booked per payment: the two-phase hold and the captured and refunded totals the
-- posting rules check against. A hold that is posted or voided stays so.
CREATE TABLE payment_position (
    payment_id  TEXT PRIMARY KEY,
    tenant_id   TEXT        NOT NULL,
    currency    TEXT        NOT NULL,
    approved    BOOLEAN     NOT NULL,
    hold_status TEXT        NOT NULL CHECK (hold_status IN ('NONE', 'PENDING', 'POSTED', 'VOIDED')),
    hold_amount BIGINT      NOT NULL,
    hold_posted BIGINT      NOT NULL,
    captured    BIGINT      NOT NULL,
    refunded    BIGINT      NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    CHECK (hold_posted BETWEEN 0 AND hold_amount),
    CHECK (refunded BETWEEN 0 AND captured)
);

CREATE FUNCTION refuse_reopened_hold() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.hold_status IN ('POSTED', 'VOIDED') AND NEW.hold_status <> OLD.hold_status THEN
        RAISE EXCEPTION 'hold of payment % is % and cannot become %', OLD.payment_id, OLD.hold_status,
            NEW.hold_status USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER payment_position_hold_closes_once BEFORE UPDATE ON payment_position
    FOR EACH ROW EXECUTE FUNCTION refuse_reopened_hold();

-- Events the posting rules refused; nothing was booked for them. The auditor reports them.
CREATE TABLE posting_rejection (
    source_event_id UUID PRIMARY KEY,
    payment_id      TEXT        NOT NULL,
    tenant_id       TEXT        NOT NULL,
    reason          TEXT        NOT NULL,
    detail          TEXT        NOT NULL,
    rejected_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX posting_rejection_payment ON posting_rejection (payment_id);
