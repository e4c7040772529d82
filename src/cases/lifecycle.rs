//! The lifecycle of a thread, as pure rules (tested exhaustively below).
//!
//! ```text
//! draft ─submit→ pending ─publish→ published ─hide→ hidden ─unhide→ published
//!   ↑              │ ├─request changes→ changes_requested ─(edit, submit)→ pending
//!   └──(edit)──────┘ └─reject→ rejected (final)
//! published ─edit→ (a new revision: draft/pending; the published text stays until approved)
//! published/hidden ─lock/unlock→ no new replies / replies again
//! never published ─delete→ gone; published/hidden ─delete→ removed
//! ```

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Where a thread stands, as seen from outside. Only `Published` is visible to members.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ThreadStatus {
    Draft,
    Pending,
    ChangesRequested,
    Rejected,
    Published,
    Hidden,
    Removed,
}

/// Where one revision (one version of what the author wrote) stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RevisionStatus {
    Draft,
    Pending,
    ChangesRequested,
    Rejected,
    Approved,
    /// An unsubmitted or refused revision replaced by a newer one.
    Superseded,
}

/// Where a reply stands. A reply has no revisions: it is published at once, or held for a
/// moderator who publishes it (in her words) or rejects it; a leaving member's published
/// replies may be removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReplyStatus {
    /// Held: only the replier and moderators know of it.
    Pending,
    Published,
    Rejected,
    /// Hidden after members flagged it, until a moderator looks.
    Hidden,
    Removed,
}

macro_rules! text_enum {
    ($name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        impl $name {
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }
        impl FromStr for $name {
            type Err = crate::error::AppError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok($name::$variant),)+
                    other => Err(crate::error::AppError::internal(anyhow::anyhow!(
                        concat!("unknown ", stringify!($name), " {:?}"), other
                    ))),
                }
            }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

text_enum!(ReplyStatus {
    Pending => "pending",
    Published => "published",
    Rejected => "rejected",
    Hidden => "hidden",
    Removed => "removed",
});

text_enum!(ThreadStatus {
    Draft => "draft",
    Pending => "pending",
    ChangesRequested => "changes_requested",
    Rejected => "rejected",
    Published => "published",
    Hidden => "hidden",
    Removed => "removed",
});

text_enum!(RevisionStatus {
    Draft => "draft",
    Pending => "pending",
    ChangesRequested => "changes_requested",
    Rejected => "rejected",
    Approved => "approved",
    Superseded => "superseded",
});

/// A thread's status together with its latest revision's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct State {
    pub thread: ThreadStatus,
    pub revision: RevisionStatus,
    pub locked: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// The author changes the text of her latest revision (or starts a new one).
    Edit,
    Submit,
    Publish,
    RequestChanges,
    Reject,
    Hide,
    Unhide,
    Lock,
    Unlock,
    Delete,
    Reply,
}

/// What an edit does to the revisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditEffect {
    /// Change the latest revision in place.
    InPlace,
    /// Start a new revision (the latest is pending, approved or refused).
    NewRevision,
}

/// Why an action is not possible now: the key of its message in the translation files, shown
/// to the author or moderator in her language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal(pub &'static str);

impl State {
    pub fn ever_published(&self) -> bool {
        matches!(
            self.thread,
            ThreadStatus::Published | ThreadStatus::Hidden | ThreadStatus::Removed
        )
    }

    /// The state after `action`, or why it cannot happen.
    pub fn apply(self, action: Action) -> Result<State, Refusal> {
        use Action::*;
        use RevisionStatus as R;
        use ThreadStatus as T;
        if self.thread == T::Removed {
            return Err(Refusal("refusal-removed"));
        }
        let published = self.ever_published();
        let next = match action {
            Edit => match (self.thread, self.revision) {
                (T::Rejected, _) => return Err(Refusal("refusal-rejected-edit")),
                (_, R::Pending) => {
                    return Err(Refusal("refusal-waiting"));
                }
                (T::Draft | T::ChangesRequested, R::Draft | R::ChangesRequested) => self,
                (T::Published | T::Hidden, R::Draft | R::ChangesRequested) => self,
                (T::Published | T::Hidden, R::Approved | R::Rejected | R::Superseded) => State {
                    revision: R::Draft,
                    ..self
                },
                _ => return Err(Refusal("refusal-not-editable")),
            },
            Submit => match self.revision {
                R::Draft | R::ChangesRequested => State {
                    thread: if published { self.thread } else { T::Pending },
                    revision: R::Pending,
                    ..self
                },
                _ => return Err(Refusal("refusal-nothing-to-submit")),
            },
            Publish | RequestChanges | Reject => {
                if self.revision != R::Pending {
                    return Err(Refusal("refusal-not-pending"));
                }
                match action {
                    Publish => State {
                        thread: if self.thread == T::Hidden {
                            T::Hidden
                        } else {
                            T::Published
                        },
                        revision: R::Approved,
                        ..self
                    },
                    RequestChanges => State {
                        thread: if published {
                            self.thread
                        } else {
                            T::ChangesRequested
                        },
                        revision: R::ChangesRequested,
                        ..self
                    },
                    _ => State {
                        thread: if published { self.thread } else { T::Rejected },
                        revision: R::Rejected,
                        ..self
                    },
                }
            }
            Hide => match self.thread {
                T::Published => State {
                    thread: T::Hidden,
                    ..self
                },
                _ => return Err(Refusal("refusal-hide")),
            },
            Unhide => match self.thread {
                T::Hidden => State {
                    thread: T::Published,
                    ..self
                },
                _ => return Err(Refusal("refusal-unhide")),
            },
            Lock | Unlock => {
                if !published {
                    return Err(Refusal("refusal-lock"));
                }
                if self.locked == (action == Lock) {
                    return Err(Refusal("refusal-already"));
                }
                State {
                    locked: action == Lock,
                    ..self
                }
            }
            Delete => State {
                thread: T::Removed,
                ..self
            },
            Reply => {
                if self.thread != T::Published {
                    return Err(Refusal("refusal-replies-published-only"));
                }
                if self.locked {
                    return Err(Refusal("refusal-locked"));
                }
                self
            }
        };
        Ok(next)
    }

    /// Whether an allowed edit changes the latest revision or starts a new one.
    pub fn edit_effect(self) -> EditEffect {
        match self.revision {
            RevisionStatus::Draft | RevisionStatus::ChangesRequested => EditEffect::InPlace,
            _ => EditEffect::NewRevision,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Action::*;
    use super::RevisionStatus as R;
    use super::ThreadStatus as T;
    use super::*;

    fn s(thread: ThreadStatus, revision: RevisionStatus) -> State {
        State {
            thread,
            revision,
            locked: false,
        }
    }

    const ACTIONS: [Action; 11] = [
        Edit,
        Submit,
        Publish,
        RequestChanges,
        Reject,
        Hide,
        Unhide,
        Lock,
        Unlock,
        Delete,
        Reply,
    ];

    /// Every reachable (thread, revision) pair × every action: the allowed ones and their
    /// outcome are listed; everything else must be refused.
    #[test]
    fn every_transition_and_every_forbidden_one() {
        let allowed: Vec<(State, Action, State)> = vec![
            (s(T::Draft, R::Draft), Edit, s(T::Draft, R::Draft)),
            (s(T::Draft, R::Draft), Submit, s(T::Pending, R::Pending)),
            (s(T::Draft, R::Draft), Delete, s(T::Removed, R::Draft)),
            (
                s(T::Pending, R::Pending),
                Publish,
                s(T::Published, R::Approved),
            ),
            (
                s(T::Pending, R::Pending),
                RequestChanges,
                s(T::ChangesRequested, R::ChangesRequested),
            ),
            (
                s(T::Pending, R::Pending),
                Reject,
                s(T::Rejected, R::Rejected),
            ),
            (s(T::Pending, R::Pending), Delete, s(T::Removed, R::Pending)),
            (
                s(T::ChangesRequested, R::ChangesRequested),
                Edit,
                s(T::ChangesRequested, R::ChangesRequested),
            ),
            (
                s(T::ChangesRequested, R::ChangesRequested),
                Submit,
                s(T::Pending, R::Pending),
            ),
            (
                s(T::ChangesRequested, R::ChangesRequested),
                Delete,
                s(T::Removed, R::ChangesRequested),
            ),
            (
                s(T::Rejected, R::Rejected),
                Delete,
                s(T::Removed, R::Rejected),
            ),
            (
                s(T::Published, R::Approved),
                Edit,
                s(T::Published, R::Draft),
            ),
            (
                s(T::Published, R::Approved),
                Hide,
                s(T::Hidden, R::Approved),
            ),
            (
                s(T::Published, R::Approved),
                Lock,
                State {
                    locked: true,
                    ..s(T::Published, R::Approved)
                },
            ),
            (
                s(T::Published, R::Approved),
                Delete,
                s(T::Removed, R::Approved),
            ),
            (
                s(T::Published, R::Approved),
                Reply,
                s(T::Published, R::Approved),
            ),
            (s(T::Published, R::Draft), Edit, s(T::Published, R::Draft)),
            (
                s(T::Published, R::Draft),
                Submit,
                s(T::Published, R::Pending),
            ),
            (s(T::Published, R::Draft), Hide, s(T::Hidden, R::Draft)),
            (
                s(T::Published, R::Draft),
                Lock,
                State {
                    locked: true,
                    ..s(T::Published, R::Draft)
                },
            ),
            (s(T::Published, R::Draft), Delete, s(T::Removed, R::Draft)),
            (s(T::Published, R::Draft), Reply, s(T::Published, R::Draft)),
            (
                s(T::Published, R::Pending),
                Publish,
                s(T::Published, R::Approved),
            ),
            (
                s(T::Published, R::Pending),
                RequestChanges,
                s(T::Published, R::ChangesRequested),
            ),
            (
                s(T::Published, R::Pending),
                Reject,
                s(T::Published, R::Rejected),
            ),
            (s(T::Published, R::Pending), Hide, s(T::Hidden, R::Pending)),
            (
                s(T::Published, R::Pending),
                Lock,
                State {
                    locked: true,
                    ..s(T::Published, R::Pending)
                },
            ),
            (
                s(T::Published, R::Pending),
                Delete,
                s(T::Removed, R::Pending),
            ),
            (
                s(T::Published, R::Pending),
                Reply,
                s(T::Published, R::Pending),
            ),
            (
                s(T::Published, R::Rejected),
                Edit,
                s(T::Published, R::Draft),
            ),
            (
                s(T::Published, R::Rejected),
                Hide,
                s(T::Hidden, R::Rejected),
            ),
            (
                s(T::Published, R::Rejected),
                Lock,
                State {
                    locked: true,
                    ..s(T::Published, R::Rejected)
                },
            ),
            (
                s(T::Published, R::Rejected),
                Delete,
                s(T::Removed, R::Rejected),
            ),
            (
                s(T::Published, R::Rejected),
                Reply,
                s(T::Published, R::Rejected),
            ),
            (s(T::Hidden, R::Approved), Edit, s(T::Hidden, R::Draft)),
            (
                s(T::Hidden, R::Approved),
                Unhide,
                s(T::Published, R::Approved),
            ),
            (
                s(T::Hidden, R::Approved),
                Lock,
                State {
                    locked: true,
                    ..s(T::Hidden, R::Approved)
                },
            ),
            (
                s(T::Hidden, R::Approved),
                Delete,
                s(T::Removed, R::Approved),
            ),
            (s(T::Hidden, R::Pending), Publish, s(T::Hidden, R::Approved)),
            (
                s(T::Hidden, R::Pending),
                RequestChanges,
                s(T::Hidden, R::ChangesRequested),
            ),
            (s(T::Hidden, R::Pending), Reject, s(T::Hidden, R::Rejected)),
            (
                s(T::Hidden, R::Pending),
                Unhide,
                s(T::Published, R::Pending),
            ),
            (
                s(T::Hidden, R::Pending),
                Lock,
                State {
                    locked: true,
                    ..s(T::Hidden, R::Pending)
                },
            ),
            (s(T::Hidden, R::Pending), Delete, s(T::Removed, R::Pending)),
        ];
        let starts: Vec<State> = {
            let mut v: Vec<State> = allowed.iter().map(|(from, _, _)| *from).collect();
            v.push(s(T::Removed, R::Approved));
            v.dedup();
            v
        };
        for from in starts {
            for action in ACTIONS {
                let expected = allowed
                    .iter()
                    .find(|(f, a, _)| *f == from && *a == action)
                    .map(|(_, _, to)| *to);
                let got = from.apply(action).ok();
                assert_eq!(got, expected, "{from:?} --{action:?}-->");
            }
        }
    }

    #[test]
    fn a_locked_thread_takes_no_replies_and_unlocks() {
        let locked = State {
            locked: true,
            ..s(T::Published, R::Approved)
        };
        assert!(locked.apply(Reply).is_err());
        assert!(!locked.apply(Unlock).unwrap().locked);
        assert!(locked.apply(Lock).is_err());
    }

    #[test]
    fn edits_start_a_new_revision_only_after_a_decision() {
        assert_eq!(s(T::Draft, R::Draft).edit_effect(), EditEffect::InPlace);
        assert_eq!(
            s(T::Published, R::Approved).edit_effect(),
            EditEffect::NewRevision
        );
        assert_eq!(
            s(T::Published, R::Rejected).edit_effect(),
            EditEffect::NewRevision
        );
    }
}
