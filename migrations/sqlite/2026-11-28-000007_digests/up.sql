-- Digests: what each reader follows and when she wants it, one row per digest run, and the
-- delivery ledger — one row per subscriber and period, written before anything is sent.

CREATE TABLE subscriptions (
    user_id BIGINT PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    frequency TEXT NOT NULL DEFAULT 'off' CHECK (frequency IN ('off', 'daily', 'weekly')),
    -- ISO weekday 1 (Monday) … 7 for weekly digests; the local hour 0 … 23 for both.
    weekday INTEGER NOT NULL DEFAULT 1 CHECK (weekday BETWEEN 1 AND 7),
    hour INTEGER NOT NULL DEFAULT 7 CHECK (hour BETWEEN 0 AND 23),
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    -- Comma-separated keys; empty means "all".
    countries TEXT NOT NULL DEFAULT '',
    contexts TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',
    -- Saved searches, a JSON array of query strings.
    queries TEXT NOT NULL DEFAULT '[]',
    own_replies BOOLEAN NOT NULL DEFAULT TRUE,
    -- Bumped by an unsubscribe: every unsubscribe link signed before it stops working.
    token_version INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX subscriptions_frequency ON subscriptions (frequency);

CREATE TABLE digest_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    frequency TEXT NOT NULL,
    started_at TIMESTAMP NOT NULL,
    deliveries INTEGER NOT NULL DEFAULT 0,
    started_by TEXT NOT NULL
);

CREATE TABLE digest_deliveries (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    run_id BIGINT NOT NULL REFERENCES digest_runs (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    frequency TEXT NOT NULL,
    -- The reader's period: '2026-11-28' (daily) or '2026-W48' (weekly), in her time zone.
    period TEXT NOT NULL,
    -- What the digest covers: published after window_start, up to window_end.
    window_start TIMESTAMP NOT NULL,
    window_end TIMESTAMP NOT NULL,
    -- pending → sending → sent | empty (nothing new: no mail) | failed (permanent)
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'sending', 'sent', 'empty', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    -- A claim expires, so a crashed worker's rows are taken up again.
    claimed_until TIMESTAMP,
    message_id TEXT NOT NULL,
    subject TEXT,
    items INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    sent_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (user_id, frequency, period)
);
CREATE INDEX digest_deliveries_due ON digest_deliveries (state, next_attempt_at);
CREATE INDEX digest_deliveries_user ON digest_deliveries (user_id, window_end);
