-- Moderation: who is working on what, every action taken, members' flags, the terms
-- moderators confirmed as identifying, and first approvals in four-eyes mode.

-- One moderator per item: a pending revision or a held reply.
CREATE TABLE claims (
    item_kind TEXT NOT NULL CHECK (item_kind IN ('revision', 'reply')),
    item_id BIGINT NOT NULL,
    moderator_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    claimed_at TIMESTAMP NOT NULL,
    PRIMARY KEY (item_kind, item_id)
);

-- Every moderation action, and every moderator read of an original.
CREATE TABLE moderation_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    actor_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    action TEXT NOT NULL,
    thread_id BIGINT,
    reply_id BIGINT,
    reason TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX moderation_log_thread ON moderation_log (thread_id, created_at);
CREATE INDEX moderation_log_time ON moderation_log (created_at);

-- A member's report about a published post. Never a copy of the text: a reference, a reason
-- code and her note.
CREATE TABLE flags (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    thread_id BIGINT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    reply_id BIGINT REFERENCES replies (id) ON DELETE CASCADE,
    reporter_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    reason TEXT NOT NULL CHECK (reason IN ('identifies_someone', 'harmful', 'off_topic', 'other')),
    note TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'dismissed')),
    created_at TIMESTAMP NOT NULL,
    resolved_at TIMESTAMP,
    resolved_by BIGINT REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX flags_open ON flags (status, created_at);
CREATE INDEX flags_target ON flags (thread_id, reply_id, status);

-- Terms moderators confirmed as identifying: the detector finds them in every later text.
CREATE TABLE deny_terms (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    -- Keyed hashes of the term's words (src/moderation/detector/deny.rs), never the term.
    fingerprint TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    added_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL
);

-- Four-eyes mode: the first moderator's approval of a revision, with the version she approved.
CREATE TABLE approvals (
    revision_id BIGINT PRIMARY KEY NOT NULL REFERENCES revisions (id) ON DELETE CASCADE,
    moderator_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    publication TEXT NOT NULL,
    approved_at TIMESTAMP NOT NULL
);
