-- The phone in her pocket (docs/phone-safety.md).
-- A session begun on a device she marked as shared ends after this many minutes without
-- activity; NULL: her own device, no idle limit.
ALTER TABLE sessions ADD COLUMN idle_minutes INTEGER;
-- Drafts kept in her browser are encrypted with a key derived from this number; signing out
-- or the quick exit moves it on, so that what a browser kept can no longer be read.
ALTER TABLE users ADD COLUMN draft_key_epoch BIGINT NOT NULL DEFAULT 0;
