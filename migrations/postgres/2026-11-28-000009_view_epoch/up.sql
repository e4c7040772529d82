-- One counter that every change to what members can see moves forward: a thread, a reply, or
-- an author's name. Each instance's page cache (src/web/page_cache.rs) keeps a rendered page
-- only for as long as the counter stays where it was when the page was read. Triggers, not
-- application code, move it, so that no write path (a moderator's decision, a flag, an
-- account deleted from the command line) can forget to.
--
-- A row, not a sequence: the row's new value becomes visible when the writing transaction
-- commits, together with what it wrote, so no instance can read the new value and still the
-- old rows. (A sequence moves at once, before the commit.) The price: writers to threads and
-- replies queue on this row until they commit, which these short transactions can afford.
CREATE TABLE view_epoch (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    epoch BIGINT NOT NULL
);
INSERT INTO view_epoch (id, epoch) VALUES (1, 1);

CREATE FUNCTION bump_view_epoch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE view_epoch SET epoch = epoch + 1 WHERE id = 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER view_epoch_threads AFTER INSERT OR UPDATE OR DELETE ON threads
    FOR EACH STATEMENT EXECUTE FUNCTION bump_view_epoch();
CREATE TRIGGER view_epoch_replies AFTER INSERT OR UPDATE OR DELETE ON replies
    FOR EACH STATEMENT EXECUTE FUNCTION bump_view_epoch();
-- Only the columns a page can show (the author's name, when she chose to show it) or that
-- change who counts as a member; a sign-in, which writes last_login_at, leaves pages alone.
CREATE TRIGGER view_epoch_users_update AFTER UPDATE OF name, role, status ON users
    FOR EACH STATEMENT EXECUTE FUNCTION bump_view_epoch();
CREATE TRIGGER view_epoch_users_delete AFTER DELETE ON users
    FOR EACH STATEMENT EXECUTE FUNCTION bump_view_epoch();
