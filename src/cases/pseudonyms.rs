//! Pseudonyms: how a member who does not show her name appears in a thread. Stable within a
//! thread (others can follow the conversation), unlinkable across threads (a keyed hash of
//! thread and person, under the server's secret). Deliberately no cohort, country or anything
//! else that could single someone out in a small community.
//!
//! There are 1,024 names; two people of one thread must never share one (a reader would take
//! two people for one). [`ThreadNames`] gives the thread's author her own name and each replier,
//! in the order of her first reply, the first of her own sequence of keyed names that no one
//! before her in the thread has. A name therefore depends only on the people who joined the
//! thread before her: it never changes when others join later.

use crate::accounts::tokens::Signer;

const ADJECTIVES: [&str; 32] = [
    "Amber", "Azure", "Bright", "Calm", "Cedar", "Coral", "Dawn", "Dusk", "Ember", "Fern", "Frost",
    "Golden", "Hazel", "Ivory", "Jade", "Linen", "Maple", "Misty", "Olive", "Pearl", "Quiet",
    "River", "Sage", "Silver", "Slate", "Steady", "Swift", "Thistle", "Umber", "Willow", "Winter",
    "Zephyr",
];

const BIRDS: [&str; 32] = [
    "Avocet",
    "Bittern",
    "Bunting",
    "Crane",
    "Curlew",
    "Dipper",
    "Dunlin",
    "Egret",
    "Finch",
    "Godwit",
    "Grebe",
    "Heron",
    "Hoopoe",
    "Ibis",
    "Jay",
    "Kestrel",
    "Kingfisher",
    "Lapwing",
    "Lark",
    "Linnet",
    "Merlin",
    "Nightjar",
    "Oriole",
    "Osprey",
    "Plover",
    "Redstart",
    "Sandpiper",
    "Shrike",
    "Stork",
    "Swift",
    "Warbler",
    "Wren",
];

/// The pseudonym of `user_id` in thread `thread_id`, e.g. "Alumna · Amber Heron": the first of
/// her sequence, which is what the thread's author gets.
pub fn pseudonym(signer: &Signer, thread_id: i64, user_id: i64) -> String {
    candidate(signer, thread_id, user_id, 0)
}

/// The `attempt`-th name of `user_id`'s sequence in thread `thread_id`.
fn candidate(signer: &Signer, thread_id: i64, user_id: i64, attempt: u32) -> String {
    let message = if attempt == 0 {
        format!("{thread_id}:{user_id}")
    } else {
        format!("{thread_id}:{user_id}:{attempt}")
    };
    let mac = signer.mac("pseudonym", message.as_bytes());
    let adjective = ADJECTIVES[usize::from(mac[0]) % ADJECTIVES.len()];
    let bird = BIRDS[usize::from(mac[1]) % BIRDS.len()];
    format!("Alumna · {adjective} {bird}")
}

/// The pseudonyms of one thread's people, no two alike.
pub struct ThreadNames {
    names: std::collections::HashMap<i64, String>,
}

impl ThreadNames {
    /// `author`: the thread's author; `repliers`: everyone who replied, in the order of her
    /// first reply (the author among them or not).
    pub fn new(signer: &Signer, thread_id: i64, author: Option<i64>, repliers: &[i64]) -> Self {
        let mut names = std::collections::HashMap::new();
        let mut taken = std::collections::HashSet::new();
        for person in author.into_iter().chain(repliers.iter().copied()) {
            if names.contains_key(&person) {
                continue;
            }
            let name = (0..4096)
                .map(|attempt| candidate(signer, thread_id, person, attempt))
                .find(|name| !taken.contains(name))
                // More than 1,024 people in one thread: numbered names, still distinct.
                .unwrap_or_else(|| format!("Alumna · {}", names.len() + 1));
            taken.insert(name.clone());
            names.insert(person, name);
        }
        ThreadNames { names }
    }

    /// Her name in this thread.
    pub fn of(&self, person: i64) -> &str {
        self.names.get(&person).map_or("Alumna", String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Secret;

    #[test]
    fn stable_within_a_thread_and_different_across_threads() {
        let signer = Signer::new(Secret::new("p".repeat(40)));
        assert_eq!(pseudonym(&signer, 1, 7), pseudonym(&signer, 1, 7));
        let across: std::collections::HashSet<String> = (1..=20)
            .map(|thread| pseudonym(&signer, thread, 7))
            .collect();
        assert!(
            across.len() >= 15,
            "20 threads give (nearly) 20 different names: {across:?}"
        );
        let other_key = Signer::new(Secret::new("q".repeat(40)));
        assert_ne!(pseudonym(&signer, 1, 7), pseudonym(&other_key, 1, 7));
    }

    #[test]
    fn no_two_people_of_a_thread_share_a_name_and_late_comers_change_no_one() {
        let signer = Signer::new(Secret::new("p".repeat(40)));
        // 300 repliers among 1,024 names: without the probing, collisions are certain
        // (the birthday bound is about 38 people).
        let repliers: Vec<i64> = (100..400).collect();
        let names = ThreadNames::new(&signer, 5, Some(1), &repliers);
        let all: std::collections::HashSet<&str> = repliers.iter().map(|r| names.of(*r)).collect();
        assert_eq!(all.len(), repliers.len());
        assert!(
            !all.contains(names.of(1)),
            "the author's name is hers alone"
        );
        assert_eq!(names.of(1), pseudonym(&signer, 5, 1));
        // Someone joining later changes no one's name.
        let mut more = repliers.clone();
        more.extend(400..450);
        let later = ThreadNames::new(&signer, 5, Some(1), &more);
        for r in &repliers {
            assert_eq!(names.of(*r), later.of(*r));
        }
        // And beyond 1,024 people the names stay distinct.
        let crowd: Vec<i64> = (0..1100).collect();
        let crowded = ThreadNames::new(&signer, 6, None, &crowd);
        let distinct: std::collections::HashSet<&str> =
            crowd.iter().map(|r| crowded.of(*r)).collect();
        assert_eq!(distinct.len(), crowd.len());
    }
}
