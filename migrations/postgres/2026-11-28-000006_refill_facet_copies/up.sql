-- Publication did not write the facet copies of migration 4 until now: fill them again from
-- the thread_* tables, the source of truth.
UPDATE threads SET
    context_keys = COALESCE((SELECT string_agg(context, ',') FROM thread_contexts WHERE thread_id = threads.id), ''),
    counterpart_keys = COALESCE((SELECT string_agg(counterpart, ',') FROM thread_counterparts WHERE thread_id = threads.id), ''),
    tag_list = COALESCE((SELECT string_agg(tag, ',') FROM thread_tags WHERE thread_id = threads.id), '');
