//! The guided template: the sections a case study's body starts with, in the author's
//! language, each with a line of help on the form.

use crate::i18n::Tr;

pub const SECTIONS: [&str; 6] = [
    "situation",
    "counterparts",
    "objectives",
    "approach",
    "outcome",
    "lessons",
];

/// The body a new case study starts with: one heading per section.
pub fn body_template(tr: Tr) -> String {
    SECTIONS
        .iter()
        .map(|section| format!("## {}\n\n\n", tr.t(&format!("template-{section}"))))
        .collect::<String>()
        .trim_end()
        .to_string()
        + "\n"
}

/// (heading, help) for each section, for the form's guidance.
pub fn guidance(tr: Tr) -> Vec<(String, String)> {
    SECTIONS
        .iter()
        .map(|s| {
            (
                tr.t(&format!("template-{s}")),
                tr.t(&format!("template-{s}-help")),
            )
        })
        .collect()
}
