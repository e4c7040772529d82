ALTER TABLE users DROP COLUMN notify_by_mail;
DROP TABLE notifications;
DROP INDEX threads_audience;
ALTER TABLE threads DROP COLUMN advice_by;
ALTER TABLE threads DROP COLUMN audience_cohort_id;
DROP TABLE cohort_members;
DROP TABLE cohorts;
