ALTER TABLE users DROP COLUMN draft_key_epoch;
ALTER TABLE sessions DROP COLUMN idle_minutes;
