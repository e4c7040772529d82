-- Account mails (invitations, resets, moderators' decisions) that the mail server did not take
-- at once: kept, whole and ready to send, until it does or the mail expires. A row is deleted
-- when its mail is sent.
CREATE TABLE mail_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    -- The envelope recipient; the message holds it too.
    recipient TEXT NOT NULL,
    -- The whole RFC 5322 message as it would have been sent.
    message TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    -- Links in account mails stop working; a mail is not worth sending after this.
    expires_at TIMESTAMP NOT NULL,
    -- Set while an instance is sending it, so that two instances never send it both.
    claimed_until TIMESTAMP,
    last_error TEXT
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at);
