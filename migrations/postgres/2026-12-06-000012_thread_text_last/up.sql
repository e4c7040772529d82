-- The same version as SQLite's, where a thread's long text moves behind its metadata so that
-- lists do not walk overflow pages. PostgreSQL already keeps long values apart (TOAST) and
-- reads a tuple's columns by offset: the order costs nothing here, and rewriting every row to
-- change it would only lengthen an upgrade. Kept as a version so both backends' histories
-- stay the same.
SELECT 1;
