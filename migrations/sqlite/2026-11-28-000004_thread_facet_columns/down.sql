DROP INDEX replies_in_order;
ALTER TABLE threads DROP COLUMN tag_list;
ALTER TABLE threads DROP COLUMN counterpart_keys;
ALTER TABLE threads DROP COLUMN context_keys;
