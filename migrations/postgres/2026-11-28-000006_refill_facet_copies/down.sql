-- Nothing to undo: the copies are derived.
SELECT 1;
