-- The facets of a published thread, copied onto its row (comma-separated keys) so that a list
-- or a page reads one row instead of three joins. The thread_* tables stay for filtering.
ALTER TABLE threads ADD COLUMN context_keys TEXT NOT NULL DEFAULT '';
ALTER TABLE threads ADD COLUMN counterpart_keys TEXT NOT NULL DEFAULT '';
ALTER TABLE threads ADD COLUMN tag_list TEXT NOT NULL DEFAULT '';
UPDATE threads SET
    context_keys = COALESCE((SELECT string_agg(context, ',') FROM thread_contexts WHERE thread_id = threads.id), ''),
    counterpart_keys = COALESCE((SELECT string_agg(counterpart, ',') FROM thread_counterparts WHERE thread_id = threads.id), ''),
    tag_list = COALESCE((SELECT string_agg(tag, ',') FROM thread_tags WHERE thread_id = threads.id), '');

-- A thread's replies in order, without a sort step.
CREATE INDEX replies_in_order ON replies (thread_id, id);
