-- Small facts about this installation that must survive restarts and be shared by every
-- instance (e.g. whether the demo community was seeded, the pending admin-setup token's hash).
CREATE TABLE instance_state (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
