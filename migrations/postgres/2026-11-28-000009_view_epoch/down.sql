DROP TRIGGER view_epoch_threads ON threads;
DROP TRIGGER view_epoch_replies ON replies;
DROP TRIGGER view_epoch_users_update ON users;
DROP TRIGGER view_epoch_users_delete ON users;
DROP FUNCTION bump_view_epoch();
DROP TABLE view_epoch;
