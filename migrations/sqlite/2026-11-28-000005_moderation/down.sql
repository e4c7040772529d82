DROP TABLE approvals;
DROP TABLE deny_terms;
DROP TABLE flags;
DROP TABLE moderation_log;
DROP TABLE claims;
