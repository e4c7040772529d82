//! Any text scans without a panic, and every finding's span is the code points it names.
//! The first line is also declared by the "author", so the declared-term path is fuzzed too.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parley::moderation::detector::{ScanOptions, scan};

fuzz_target!(|input: &str| {
    let declared = input.lines().next().unwrap_or_default().to_string();
    let options = ScanOptions {
        declared: vec![declared],
        ..ScanOptions::default()
    };
    let chars: Vec<char> = input.chars().collect();
    for finding in scan(input, &options) {
        assert!(
            finding.start < finding.end && finding.end <= chars.len(),
            "{finding:?}"
        );
        let span: String = chars[finding.start..finding.end].iter().collect();
        assert_eq!(span, finding.text);
    }
});
