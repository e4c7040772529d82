//! Any search box input parses or gets a message a person can read; never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    match parley::search::query::parse(input) {
        Ok(parsed) => {
            let _ = parsed.has_text();
        }
        Err(error) => assert!(!error.0.trim().is_empty()),
    }
});
