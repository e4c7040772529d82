//! Table definitions shared by both backends. Hand-written (no `diesel print-schema`), so they
//! use only types that map the same way on SQLite and PostgreSQL: BigInt, Integer, Text, Bool,
//! Binary, Timestamp (UTC, microseconds).

diesel::table! {
    instance_state (key) {
        key -> Text,
        value -> Text,
        updated_at -> Timestamp,
    }
}
