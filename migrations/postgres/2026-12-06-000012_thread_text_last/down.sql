-- The columns keep their names and contents; only their place in the row changed, which no
-- query depends on. Nothing to undo.
SELECT 1;
