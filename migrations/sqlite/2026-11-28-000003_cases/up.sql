-- Case studies and discussions ("threads"), their revisions (what the author wrote), replies,
-- and the search outbox.

-- A thread as members may see it: only its published, anonymised text lives here. Until the
-- first publication the text columns are empty and the status mirrors the latest revision.
CREATE TABLE threads (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('case_study', 'discussion')),
    -- NULL once the author deleted her account ("former member").
    author_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'pending', 'changes_requested', 'rejected', 'published', 'hidden', 'removed')),
    locked BOOLEAN NOT NULL DEFAULT FALSE,
    show_name BOOLEAN NOT NULL DEFAULT FALSE,
    title TEXT NOT NULL DEFAULT '',
    lessons TEXT NOT NULL DEFAULT '',
    body_markdown TEXT NOT NULL DEFAULT '',
    body_html TEXT NOT NULL DEFAULT '',
    country TEXT,
    region TEXT,
    period_year INTEGER,
    period_month INTEGER,
    outcome TEXT,
    language TEXT NOT NULL DEFAULT 'und',
    reply_count INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    published_at TIMESTAMP,
    last_activity_at TIMESTAMP NOT NULL
);
CREATE INDEX threads_listing ON threads (status, kind, published_at DESC, id DESC);
CREATE INDEX threads_by_country ON threads (status, kind, country, published_at DESC, id DESC);
CREATE INDEX threads_by_author ON threads (author_id);

CREATE TABLE thread_contexts (
    thread_id BIGINT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    context TEXT NOT NULL,
    PRIMARY KEY (thread_id, context)
);
CREATE INDEX thread_contexts_by_context ON thread_contexts (context, thread_id);

CREATE TABLE thread_counterparts (
    thread_id BIGINT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    counterpart TEXT NOT NULL,
    PRIMARY KEY (thread_id, counterpart)
);
CREATE INDEX thread_counterparts_by_kind ON thread_counterparts (counterpart, thread_id);

CREATE TABLE thread_tags (
    thread_id BIGINT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (thread_id, tag)
);
CREATE INDEX thread_tags_by_tag ON thread_tags (tag, thread_id);

-- What the author wrote, version by version. Readable only by her and moderators; the text
-- columns are emptied (purged_at set) once a moderator has published its anonymised version.
CREATE TABLE revisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    thread_id BIGINT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    author_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'pending', 'changes_requested', 'rejected', 'approved', 'superseded')),
    title TEXT NOT NULL,
    lessons TEXT NOT NULL,
    body_markdown TEXT NOT NULL,
    -- JSON: country, region, contexts, counterparts, period, outcome, tags, language, show_name.
    metadata TEXT NOT NULL,
    -- JSON array of the names, places and organisations the author declared.
    sensitive_terms TEXT NOT NULL,
    reason TEXT,
    created_at TIMESTAMP NOT NULL,
    submitted_at TIMESTAMP,
    decided_at TIMESTAMP,
    decided_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    purged_at TIMESTAMP,
    UNIQUE (thread_id, number)
);
CREATE INDEX revisions_queue ON revisions (status, submitted_at);

CREATE TABLE replies (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    thread_id BIGINT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    author_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'published', 'hidden', 'rejected', 'removed')),
    -- What the author wrote; emptied once the reply is published.
    original_markdown TEXT NOT NULL,
    -- What members see.
    body_markdown TEXT NOT NULL DEFAULT '',
    body_html TEXT NOT NULL DEFAULT '',
    reason TEXT,
    created_at TIMESTAMP NOT NULL,
    published_at TIMESTAMP,
    decided_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    purged_at TIMESTAMP
);
CREATE INDEX replies_thread ON replies (thread_id, status, id);
CREATE INDEX replies_queue ON replies (status, created_at);

-- Every change to what search may show, written in the same transaction as the change; the
-- indexer tails it by sequence number.
CREATE TABLE search_outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    thread_id BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
