DROP TABLE search_outbox;
DROP TABLE replies;
DROP TABLE revisions;
DROP TABLE thread_tags;
DROP TABLE thread_counterparts;
DROP TABLE thread_contexts;
DROP TABLE threads;
