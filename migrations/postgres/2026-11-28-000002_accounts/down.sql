DROP TABLE invitations;
DROP TABLE refresh_tokens;
DROP TABLE sessions;
DROP TABLE recovery_codes;
DROP TABLE users;
