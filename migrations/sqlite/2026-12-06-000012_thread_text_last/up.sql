-- A thread's long text (lessons, the body as Markdown and as HTML: several KB) moves behind its
-- metadata. SQLite stores a row's columns in their order and puts what does not fit in the
-- page into a chain of overflow pages; with the bodies before `country`, `context_keys` and
-- the rest, a list of twenty summaries walked each row's overflow chain to reach columns it
-- shows (30 % of a list request's time under load, docs/performance.md). Behind the metadata,
-- the bodies are read only by the pages that show them.
--
-- ADD COLUMN appends; DROP COLUMN rewrites each row in place. No table is dropped, so no
-- foreign key fires (a rebuilt `threads` would cascade to revisions and replies) and the
-- indexes and triggers stay as they are. Every published text is copied before its old column
-- goes, in the migration's one transaction.
ALTER TABLE threads ADD COLUMN lessons_moved TEXT NOT NULL DEFAULT '';
ALTER TABLE threads ADD COLUMN body_markdown_moved TEXT NOT NULL DEFAULT '';
ALTER TABLE threads ADD COLUMN body_html_moved TEXT NOT NULL DEFAULT '';
UPDATE threads SET lessons_moved = lessons, body_markdown_moved = body_markdown,
    body_html_moved = body_html;
ALTER TABLE threads DROP COLUMN lessons;
ALTER TABLE threads DROP COLUMN body_markdown;
ALTER TABLE threads DROP COLUMN body_html;
ALTER TABLE threads RENAME COLUMN lessons_moved TO lessons;
ALTER TABLE threads RENAME COLUMN body_markdown_moved TO body_markdown;
ALTER TABLE threads RENAME COLUMN body_html_moved TO body_html;
