-- Cohorts and notifications (issue 23; docs/cohorts.md).
--
-- A cohort is one training's group. A thread is for all members (audience_cohort_id NULL) or
-- for one cohort: then only its members and the moderators can see it anywhere.
CREATE TABLE cohorts (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE cohort_members (
    cohort_id BIGINT NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    added_at TIMESTAMP NOT NULL,
    PRIMARY KEY (cohort_id, user_id)
);
CREATE INDEX cohort_members_user ON cohort_members (user_id);

ALTER TABLE threads ADD COLUMN audience_cohort_id BIGINT REFERENCES cohorts (id);
-- "Advice wanted, by <date>": shown first in the cohort's space until then.
ALTER TABLE threads ADD COLUMN advice_by DATE;
CREATE INDEX threads_audience ON threads (audience_cohort_id) WHERE audience_cohort_id IS NOT NULL;

-- The free-text cohort label accounts carried until now becomes a cohort with its members.
INSERT INTO cohorts (name, description, created_at)
    SELECT DISTINCT trim(cohort), '', CURRENT_TIMESTAMP FROM users
    WHERE cohort IS NOT NULL AND trim(cohort) <> '';
INSERT INTO cohort_members (cohort_id, user_id, added_at)
    SELECT c.id, u.id, CURRENT_TIMESTAMP FROM users u JOIN cohorts c ON c.name = trim(u.cohort);

-- In-app notifications. They name a thread by id only; what is shown of it is read through
-- the published gate when she looks.
CREATE TABLE notifications (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    thread_id BIGINT REFERENCES threads (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    read_at TIMESTAMP,
    -- She asked for this kind by mail too, and it has not gone out yet (the notification
    -- mail worker sends it: a neutral mail, no story text).
    mail_pending BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX notifications_user ON notifications (user_id, id);
CREATE INDEX notifications_mail ON notifications (id) WHERE mail_pending;
-- Which kinds also come by mail (comma-separated keys); decisions on her own submissions by
-- default, nothing else.
ALTER TABLE users ADD COLUMN notify_by_mail TEXT NOT NULL DEFAULT 'published,changes_requested,rejected,reply_decided';
