-- Accounts: members, moderators and admins; their sign-in sessions; invitations.
CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    -- Normalised (trimmed, lower-case), so uniqueness is case-insensitive.
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('member', 'moderator', 'admin')),
    locale TEXT NOT NULL DEFAULT 'en',
    cohort TEXT,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
    password_hash TEXT NOT NULL,
    -- Base32 TOTP secret once two-factor sign-in is enabled.
    totp_secret TEXT,
    -- The last TOTP time step accepted, so that a code is never accepted twice.
    totp_last_step BIGINT,
    created_at TIMESTAMP NOT NULL,
    last_login_at TIMESTAMP,
    password_changed_at TIMESTAMP NOT NULL
);

CREATE TABLE recovery_codes (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX recovery_codes_user ON recovery_codes (user_id);

-- One row per sign-in (a "family" of refresh tokens).
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client TEXT NOT NULL CHECK (client IN ('web', 'api')),
    label TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE refresh_tokens (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    session_id BIGINT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    -- SHA-256 of the token; the token itself is never stored.
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    -- Set when the token is rotated; presenting it again revokes the whole session.
    used_at TIMESTAMP
);
CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id);

CREATE TABLE invitations (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    email TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('member', 'moderator', 'admin')),
    cohort TEXT,
    locale TEXT NOT NULL DEFAULT 'en',
    invited_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    -- SHA-256 of the random part of the link; the link is single-use.
    nonce_hash TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    accepted_at TIMESTAMP,
    revoked_at TIMESTAMP
);
CREATE INDEX invitations_email ON invitations (email);
