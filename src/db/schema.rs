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

diesel::table! {
    users (id) {
        id -> BigInt,
        email -> Text,
        name -> Text,
        role -> Text,
        locale -> Text,
        cohort -> Nullable<Text>,
        status -> Text,
        password_hash -> Text,
        totp_secret -> Nullable<Text>,
        totp_last_step -> Nullable<BigInt>,
        created_at -> Timestamp,
        last_login_at -> Nullable<Timestamp>,
        password_changed_at -> Timestamp,
        draft_key_epoch -> BigInt,
        notify_by_mail -> Text,
    }
}

diesel::table! {
    cohorts (id) {
        id -> BigInt,
        name -> Text,
        description -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    cohort_members (cohort_id, user_id) {
        cohort_id -> BigInt,
        user_id -> BigInt,
        added_at -> Timestamp,
    }
}

diesel::table! {
    notifications (id) {
        id -> BigInt,
        user_id -> BigInt,
        kind -> Text,
        thread_id -> Nullable<BigInt>,
        created_at -> Timestamp,
        read_at -> Nullable<Timestamp>,
        mail_pending -> Bool,
    }
}

diesel::table! {
    recovery_codes (id) {
        id -> BigInt,
        user_id -> BigInt,
        code_hash -> Text,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    sessions (id) {
        id -> BigInt,
        user_id -> BigInt,
        client -> Text,
        label -> Text,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
        expires_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        idle_minutes -> Nullable<Integer>,
    }
}

diesel::table! {
    refresh_tokens (id) {
        id -> BigInt,
        session_id -> BigInt,
        token_hash -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    invitations (id) {
        id -> BigInt,
        email -> Text,
        role -> Text,
        cohort -> Nullable<Text>,
        locale -> Text,
        invited_by -> Nullable<BigInt>,
        nonce_hash -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        accepted_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    threads (id) {
        id -> BigInt,
        kind -> Text,
        author_id -> Nullable<BigInt>,
        status -> Text,
        locked -> Bool,
        show_name -> Bool,
        title -> Text,
        lessons -> Text,
        body_markdown -> Text,
        body_html -> Text,
        country -> Nullable<Text>,
        region -> Nullable<Text>,
        period_year -> Nullable<Integer>,
        period_month -> Nullable<Integer>,
        outcome -> Nullable<Text>,
        language -> Text,
        reply_count -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        published_at -> Nullable<Timestamp>,
        last_activity_at -> Timestamp,
        context_keys -> Text,
        counterpart_keys -> Text,
        tag_list -> Text,
        audience_cohort_id -> Nullable<BigInt>,
        advice_by -> Nullable<Date>,
    }
}

diesel::table! {
    thread_contexts (thread_id, context) {
        thread_id -> BigInt,
        context -> Text,
    }
}

diesel::table! {
    thread_counterparts (thread_id, counterpart) {
        thread_id -> BigInt,
        counterpart -> Text,
    }
}

diesel::table! {
    thread_tags (thread_id, tag) {
        thread_id -> BigInt,
        tag -> Text,
    }
}

diesel::table! {
    revisions (id) {
        id -> BigInt,
        thread_id -> BigInt,
        number -> Integer,
        author_id -> Nullable<BigInt>,
        status -> Text,
        title -> Text,
        lessons -> Text,
        body_markdown -> Text,
        metadata -> Text,
        sensitive_terms -> Text,
        reason -> Nullable<Text>,
        created_at -> Timestamp,
        submitted_at -> Nullable<Timestamp>,
        decided_at -> Nullable<Timestamp>,
        decided_by -> Nullable<BigInt>,
        purged_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    replies (id) {
        id -> BigInt,
        thread_id -> BigInt,
        author_id -> Nullable<BigInt>,
        status -> Text,
        original_markdown -> Text,
        body_markdown -> Text,
        body_html -> Text,
        reason -> Nullable<Text>,
        created_at -> Timestamp,
        published_at -> Nullable<Timestamp>,
        decided_by -> Nullable<BigInt>,
        purged_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    search_outbox (seq) {
        seq -> BigInt,
        thread_id -> BigInt,
        created_at -> Timestamp,
    }
}

diesel::table! {
    view_epoch (id) {
        id -> Integer,
        epoch -> BigInt,
    }
}

diesel::table! {
    claims (item_kind, item_id) {
        item_kind -> Text,
        item_id -> BigInt,
        moderator_id -> BigInt,
        claimed_at -> Timestamp,
    }
}

diesel::table! {
    moderation_log (id) {
        id -> BigInt,
        actor_id -> Nullable<BigInt>,
        action -> Text,
        thread_id -> Nullable<BigInt>,
        reply_id -> Nullable<BigInt>,
        reason -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    flags (id) {
        id -> BigInt,
        thread_id -> BigInt,
        reply_id -> Nullable<BigInt>,
        reporter_id -> Nullable<BigInt>,
        reason -> Text,
        note -> Text,
        status -> Text,
        created_at -> Timestamp,
        resolved_at -> Nullable<Timestamp>,
        resolved_by -> Nullable<BigInt>,
    }
}

diesel::table! {
    deny_terms (id) {
        id -> BigInt,
        fingerprint -> Text,
        kind -> Text,
        added_by -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    approvals (revision_id) {
        revision_id -> BigInt,
        moderator_id -> BigInt,
        publication -> Text,
        approved_at -> Timestamp,
    }
}

diesel::joinable!(recovery_codes -> users (user_id));
diesel::table! {
    subscriptions (user_id) {
        user_id -> BigInt,
        frequency -> Text,
        weekday -> Integer,
        hour -> Integer,
        time_zone -> Text,
        countries -> Text,
        contexts -> Text,
        tags -> Text,
        queries -> Text,
        own_replies -> Bool,
        token_version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    digest_runs (id) {
        id -> BigInt,
        frequency -> Text,
        started_at -> Timestamp,
        deliveries -> Integer,
        started_by -> Text,
    }
}

diesel::table! {
    digest_deliveries (id) {
        id -> BigInt,
        run_id -> BigInt,
        user_id -> BigInt,
        frequency -> Text,
        period -> Text,
        window_start -> Timestamp,
        window_end -> Timestamp,
        state -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        claimed_until -> Nullable<Timestamp>,
        message_id -> Text,
        subject -> Nullable<Text>,
        items -> Integer,
        last_error -> Nullable<Text>,
        sent_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::joinable!(subscriptions -> users (user_id));
diesel::joinable!(digest_deliveries -> users (user_id));
diesel::joinable!(sessions -> users (user_id));
diesel::table! {
    mail_outbox (id) {
        id -> BigInt,
        recipient -> Text,
        message -> Text,
        created_at -> Timestamp,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        expires_at -> Timestamp,
        claimed_until -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
    }
}

diesel::joinable!(refresh_tokens -> sessions (session_id));
diesel::joinable!(revisions -> threads (thread_id));
diesel::joinable!(replies -> threads (thread_id));
diesel::joinable!(cohort_members -> cohorts (cohort_id));
diesel::joinable!(cohort_members -> users (user_id));
diesel::joinable!(notifications -> users (user_id));
diesel::allow_tables_to_appear_in_same_query!(
    users,
    cohorts,
    cohort_members,
    notifications,
    recovery_codes,
    sessions,
    refresh_tokens,
    invitations,
    instance_state,
    threads,
    thread_contexts,
    thread_counterparts,
    thread_tags,
    revisions,
    replies,
    search_outbox,
    view_epoch,
    claims,
    moderation_log,
    flags,
    deny_terms,
    approvals,
    subscriptions,
    digest_runs,
    digest_deliveries,
    mail_outbox,
);
