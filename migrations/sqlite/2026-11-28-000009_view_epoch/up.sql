-- One counter that every change to what members can see moves forward: a thread, a reply, or
-- an author's name. Each instance's page cache (src/web/page_cache.rs) keeps a rendered page
-- only for as long as the counter stays where it was when the page was read. Triggers, not
-- application code, move it, so that no write path (a moderator's decision, a flag, an
-- account deleted from the command line) can forget to.
CREATE TABLE view_epoch (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    epoch BIGINT NOT NULL
);
INSERT INTO view_epoch (id, epoch) VALUES (1, 1);

CREATE TRIGGER view_epoch_threads_insert AFTER INSERT ON threads
BEGIN UPDATE view_epoch SET epoch = epoch + 1 WHERE id = 1; END;
CREATE TRIGGER view_epoch_threads_update AFTER UPDATE ON threads
BEGIN UPDATE view_epoch SET epoch = epoch + 1 WHERE id = 1; END;
CREATE TRIGGER view_epoch_threads_delete AFTER DELETE ON threads
BEGIN UPDATE view_epoch SET epoch = epoch + 1 WHERE id = 1; END;
CREATE TRIGGER view_epoch_replies_insert AFTER INSERT ON replies
BEGIN UPDATE view_epoch SET epoch = epoch + 1 WHERE id = 1; END;
CREATE TRIGGER view_epoch_replies_update AFTER UPDATE ON replies
BEGIN UPDATE view_epoch SET epoch = epoch + 1 WHERE id = 1; END;
CREATE TRIGGER view_epoch_replies_delete AFTER DELETE ON replies
BEGIN UPDATE view_epoch SET epoch = epoch + 1 WHERE id = 1; END;
-- Only the columns a page can show (the author's name, when she chose to show it) or that
-- change who counts as a member; a sign-in, which writes last_login_at, leaves pages alone.
CREATE TRIGGER view_epoch_users_update AFTER UPDATE OF name, role, status ON users
BEGIN UPDATE view_epoch SET epoch = epoch + 1 WHERE id = 1; END;
CREATE TRIGGER view_epoch_users_delete AFTER DELETE ON users
BEGIN UPDATE view_epoch SET epoch = epoch + 1 WHERE id = 1; END;
