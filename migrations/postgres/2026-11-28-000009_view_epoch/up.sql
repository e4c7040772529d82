-- One counter that every change to what members can see moves forward: a thread, a reply, or
-- an author's name. Each instance's page cache (src/web/page_cache.rs) keeps a rendered page
-- only for as long as the counter stays where it was when the page was read. Triggers, not
-- application code, move it, so that no write path (a moderator's decision, a flag, an
-- account deleted from the command line) can forget to.
--
-- A row, not a sequence: the row's new value becomes visible when the writing transaction
-- commits, together with what it wrote, so no instance can read the new value and still the
-- old rows. (A sequence moves at once, before the commit.)
--
-- Deferred constraint triggers move it at commit, once per transaction (a transaction-local
-- setting remembers that it was moved): the row lock is then the last lock a writer takes and
-- is held only while it commits. Taken mid-transaction, it would deadlock a reply being
-- published (reply row, then counter, then thread row) against a moderator hiding the thread
-- (thread row, then counter).
CREATE TABLE view_epoch (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    epoch BIGINT NOT NULL
);
INSERT INTO view_epoch (id, epoch) VALUES (1, 1);

CREATE FUNCTION bump_view_epoch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('parley.view_epoch_moved', true) IS DISTINCT FROM 'yes' THEN
        UPDATE view_epoch SET epoch = epoch + 1 WHERE id = 1;
        PERFORM set_config('parley.view_epoch_moved', 'yes', true);
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER view_epoch_threads AFTER INSERT OR UPDATE OR DELETE ON threads
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_view_epoch();
CREATE CONSTRAINT TRIGGER view_epoch_replies AFTER INSERT OR UPDATE OR DELETE ON replies
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_view_epoch();
-- Only the columns a page can show (the author's name, when she chose to show it) or that
-- change who counts as a member; a sign-in, which writes last_login_at, leaves pages alone.
CREATE CONSTRAINT TRIGGER view_epoch_users_update AFTER UPDATE OF name, role, status ON users
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_view_epoch();
CREATE CONSTRAINT TRIGGER view_epoch_users_delete AFTER DELETE ON users
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_view_epoch();
