//! Pseudonyms: how a member who does not show her name appears in a thread. Stable within a
//! thread (others can follow the conversation), unlinkable across threads (a keyed hash of
//! thread and person, under the server's secret). Deliberately no cohort, country or anything
//! else that could single someone out in a small community.

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

/// The pseudonym of `user_id` in thread `thread_id`, e.g. "Alumna · Amber Heron".
pub fn pseudonym(signer: &Signer, thread_id: i64, user_id: i64) -> String {
    let mac = signer.mac("pseudonym", format!("{thread_id}:{user_id}").as_bytes());
    let adjective = ADJECTIVES[usize::from(mac[0]) % ADJECTIVES.len()];
    let bird = BIRDS[usize::from(mac[1]) % BIRDS.len()];
    format!("Alumna · {adjective} {bird}")
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
}
